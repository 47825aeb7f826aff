using System.Text.Json;
using Embargo.Matching.Explain;

namespace Embargo.Web.Pages.Alerts;

/// <summary>Reads back the explanation an alert keeps as JSON (the <c>matches[]</c> shape), for the shared explanation partial.</summary>
public static class StoredExplanation
{
    /// <summary>The explanation, or null when the stored JSON does not hold one (an alert raised by an older version).</summary>
    public static MatchExplanation? Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("explanation", out var e) || e.ValueKind != JsonValueKind.Object) return null;
            var alignment = Array(e, "alignment").Select(p => new TokenPair(
                Text(p, "query"), Text(p, "listed"), Number(p, "similarity"), Text(p, "how") ?? "", Number(p, "weight"))).ToList();
            var features = Array(e, "features").Select(f => new FeatureContribution(
                Text(f, "id") ?? "", Number(f, "weight"), Number(f, "value"), Number(f, "contribution"), Text(f, "detail") ?? "")).ToList();
            return new MatchExplanation(Text(e, "query_name") ?? "", Text(e, "matched_name") ?? "", alignment, features, Number(e, "score"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : [];

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : 0;
}
