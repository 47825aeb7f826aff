using System.Globalization;
using System.Text.Json;
using Embargo.Server.Json;
using Embargo.Server.Problems;
using Microsoft.AspNetCore.Http;

namespace Embargo.Server.Api;

/// <summary>
/// Reads request bodies as JSON documents and their fields one by one, so that a wrong field gets a 400 that
/// names it (<c>parties[3].birth_date: not a date…</c>) instead of a generic binding failure.
/// </summary>
internal static class JsonRequest
{
    public static async Task<JsonDocument> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength == 0) throw new RequestFieldException("body", "empty; send a JSON object");
        var document = await JsonDocument.ParseAsync(request.Body, ServerJson.DocumentOptions, cancellationToken);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new RequestFieldException("body", "must be a JSON object");
        }
        return document;
    }

    public static string? String(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new RequestFieldException(Join(path, name), $"must be a string, not {Describe(value)}"),
        };
    }

    public static double? Number(JsonElement parent, string name, string path, double min, double max)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        var ok = value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetDouble(out var n) ? n : double.NaN,
            JsonValueKind.String => double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : double.NaN,
            _ => double.NaN,
        };
        if (double.IsNaN(ok) || ok < min || ok > max)
            throw new RequestFieldException(Join(path, name), string.Create(CultureInfo.InvariantCulture, $"must be a number from {min} to {max}"));
        return ok;
    }

    public static JsonElement? Array(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.Array ? value : throw new RequestFieldException(Join(path, name), $"must be an array, not {Describe(value)}");
    }

    public static int? Integer(JsonElement parent, string name, string path, int min, int max)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n >= min && n <= max) return n;
        throw new RequestFieldException(Join(path, name), string.Create(CultureInfo.InvariantCulture, $"must be a whole number from {min} to {max}"));
    }

    public static bool? Boolean(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new RequestFieldException(Join(path, name), $"must be true or false, not {Describe(value)}"),
        };
    }

    /// <summary>An array of strings, or null when absent.</summary>
    public static IReadOnlyList<string>? Strings(JsonElement parent, string name, string path)
    {
        if (Array(parent, name, path) is not { } array) return null;
        var list = new List<string>();
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String) throw new RequestFieldException($"{Join(path, name)}[{i}]", $"must be a string, not {Describe(item)}");
            list.Add(item.GetString()!);
            i++;
        }
        return list;
    }

    public static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
