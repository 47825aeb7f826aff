using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Embargo.Core.Model;

namespace Embargo.Lists.Demo;

/// <summary>The rules of the project's own list format, <c>embargo-list/1</c>.</summary>
internal static class EmbargoListFormat
{
    /// <summary>The value of the document's <c>format</c> property.</summary>
    public const string FormatId = "embargo-list/1";

    /// <summary>Hand-written lists are tiny; anything near this is a mistake, not a list.</summary>
    public const long MaxDocumentBytes = 256L * 1024 * 1024;

    /// <summary>One entry is held in memory whole while it is read; a real entry is a few kilobytes.</summary>
    public const int MaxEntryBytes = 16 * 1024 * 1024;

    /// <summary>The document properties besides <c>entries</c>, all strings.</summary>
    public static readonly IReadOnlyList<string> HeaderProperties = ["format", "source", "title", "published_at", "notes"];

    /// <summary>A known source, or a custom one such as <c>acme-internal</c>.</summary>
    public static bool IsValidSource(string source) => ListSources.IsValid(source);

    /// <summary>
    /// EntryJson, but strict: an unknown or duplicated property is a typo that would silently lose a fact, an
    /// enum given as a number is not a name, and null where the model forbids it is an error.
    /// </summary>
    public static JsonSerializerOptions EntryOptions { get; } = CreateEntryOptions();

    // \z rather than $: "$" also matches before a trailing newline.

    private static JsonSerializerOptions CreateEntryOptions()
    {
        var options = new JsonSerializerOptions(EntryJson.Options)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            TypeInfoResolver = EntryJson.Options.TypeInfoResolver!.WithAddedModifier(LetParserCheckIdentity),
        };
        for (var i = 0; i < options.Converters.Count; i++)
        {
            if (options.Converters[i] is JsonStringEnumConverter)
                options.Converters[i] = new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false);
        }
        options.MakeReadOnly();
        return options;
    }

    // id and source may be left out (the parser fills them from the header); source_id and name are checked by
    // the parser, which says which entry lacks them in the list's own terms.
    private static void LetParserCheckIdentity(JsonTypeInfo info)
    {
        if (info.Type != typeof(ListEntry)) return;
        foreach (var property in info.Properties)
        {
            if (property.Name is "id" or "source" or "source_id" or "name") property.IsRequired = false;
        }
    }
}
