using System.Text.Json;
using System.Text.Json.Nodes;
using Embargo.Server.Api.Yente;
using Embargo.Server.Problems;

namespace Embargo.Server.Api.Reconcile;

/// <summary>
/// One query of a reconciliation batch (<c>{"query", "type", "limit", "properties": [{"pid", "v"}]}</c>), turned
/// into a yente-style example so that both APIs screen the same way.
/// </summary>
internal static class ReconcileQuery
{
    public const int MaxLimit = 100;

    public static (YenteExample Example, int Limit) Read(JsonElement query, string path)
    {
        if (query.ValueKind != JsonValueKind.Object) throw new RequestFieldException(path, $"must be an object, not {JsonRequest.Describe(query)}");
        var text = JsonRequest.String(query, "query", path);
        var type = TypeOf(query, path);
        var limit = (int)(JsonRequest.Number(query, "limit", path, 1, MaxLimit) ?? 5);
        var properties = new JsonObject();
        if (!string.IsNullOrWhiteSpace(text)) properties["name"] = new JsonArray(text);
        if (JsonRequest.Array(query, "properties", path) is { } list)
        {
            var i = 0;
            foreach (var property in list.EnumerateArray())
            {
                var at = $"{path}.properties[{i++}]";
                if (property.ValueKind != JsonValueKind.Object) throw new RequestFieldException(at, "must be an object {pid, v}");
                var pid = JsonRequest.String(property, "pid", at) ?? throw new RequestFieldException($"{at}.pid", "required");
                if (!property.TryGetProperty("v", out var value)) throw new RequestFieldException($"{at}.v", "required");
                var values = properties[pid] as JsonArray ?? new JsonArray();
                foreach (var v in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToArray() : [value])
                {
                    var s = v.ValueKind switch
                    {
                        JsonValueKind.String => v.GetString(),
                        JsonValueKind.Number => v.GetRawText(),
                        JsonValueKind.Object => JsonRequest.String(v, "id", $"{at}.v"),
                        _ => null,
                    };
                    if (!string.IsNullOrWhiteSpace(s)) values.Add(s);
                }
                properties[pid] = values;
            }
        }
        var example = new JsonObject { ["schema"] = type, ["properties"] = properties };
        using var document = JsonDocument.Parse(example.ToJsonString());
        return (YenteExample.Read(document.RootElement, path), limit);
    }

    private static string TypeOf(JsonElement query, string path)
    {
        if (!query.TryGetProperty("type", out var type) || type.ValueKind == JsonValueKind.Null) return "LegalEntity";
        var id = type.ValueKind switch
        {
            JsonValueKind.String => type.GetString(),
            JsonValueKind.Object => JsonRequest.String(type, "id", $"{path}.type"),
            JsonValueKind.Array when type.GetArrayLength() > 0 && type[0].ValueKind == JsonValueKind.String => type[0].GetString(),
            _ => null,
        };
        if (string.IsNullOrWhiteSpace(id)) return "LegalEntity";
        return ReconcileTypes.Types.Any(t => t.Id == id)
            ? id
            : throw new RequestFieldException($"{path}.type", $"'{id}' is not one of {string.Join(", ", ReconcileTypes.Types.Select(t => t.Id))}");
    }
}
