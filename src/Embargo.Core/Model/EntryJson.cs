using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Embargo.Core.Model;

/// <summary>
/// The one JSON shape of a <see cref="ListEntry"/>: snake_case, enums as lowercase strings, empty facts left out.
/// Stored snapshots, <c>lists show --json</c> and the demo list all use it.
/// </summary>
public static class EntryJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions(indented: false);
    public static readonly JsonSerializerOptions Indented = CreateOptions(indented: true);

    public static string Serialize(ListEntry entry, bool indented = false) =>
        JsonSerializer.Serialize(entry, indented ? Indented : Options);

    public static ListEntry Deserialize(string json) =>
        JsonSerializer.Deserialize<ListEntry>(json, Options) ?? throw new JsonException("Entry JSON was null.");

    /// <summary>SHA-256 of the canonical JSON, hex: equal hashes mean equal content.</summary>
    public static string Hash(string canonicalJson)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(canonicalJson), hash);
        return Convert.ToHexStringLower(hash);
    }

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = indented,
            // Names in Arabic, Cyrillic or Chinese stay readable in the output.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver
            {
                Modifiers = { OmitEmptyCollections },
            },
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly();
        return options;
    }

    private static void OmitEmptyCollections(System.Text.Json.Serialization.Metadata.JsonTypeInfo info)
    {
        foreach (var property in info.Properties)
        {
            if (property.PropertyType.IsGenericType &&
                property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                property.ShouldSerialize = static (_, value) => value is System.Collections.ICollection { Count: > 0 };
            }
        }
    }
}
