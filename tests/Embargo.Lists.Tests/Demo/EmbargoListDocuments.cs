using Embargo.Core.Model;
using Embargo.Lists.Demo;
using Embargo.Lists.Parsing;
using Embargo.Testing;

namespace Embargo.Lists.Tests.Demo;

/// <summary>Builds small invented embargo-list/1 documents and parses them from a temporary file.</summary>
internal static class EmbargoListDocuments
{
    public const string FileName = "test-list.json";

    public const string Person =
        """{ "source_id": "doe-john", "kind": "person", "name": { "full": "John Doe" }, "programs": ["TEST"] }""";

    public static string DocumentFor(string source, params string[] entries) =>
        $$"""
        {
          "format": "embargo-list/1",
          "source": "{{source}}",
          "title": "Test list",
          "entries": [
            {{string.Join(",\n    ", entries)}}
          ]
        }
        """;

    public static string Document(params string[] entries) => DocumentFor(ListSources.Demo, entries);

    public static async Task<(List<ListEntry> Entries, ParseContext Context)> ParseAsync(
        string json, string expectedSource = ListSources.Demo)
    {
        using var directory = new TempDirectory();
        var path = directory.Write(FileName, json);
        var parser = new EmbargoJsonListParser(FileName, expectedSource);
        var context = new ParseContext();
        var entries = new List<ListEntry>();
        await foreach (var entry in parser.ParseAsync(new ListFileSet([path]), context, CancellationToken.None))
            entries.Add(entry);
        return (entries, context);
    }

    public static async Task<ListFormatException> RejectAsync(string json, string expectedSource = ListSources.Demo)
    {
        var error = await Assert.ThrowsAsync<ListFormatException>(() => ParseAsync(json, expectedSource));
        Assert.EndsWith(FileName, error.File, StringComparison.Ordinal);
        Assert.Contains(FileName, error.Message, StringComparison.Ordinal);
        return error;
    }

    public static async Task<List<ListEntry>> ParseStreamAsync(Stream stream, ParseContext? context = null)
    {
        var entries = new List<ListEntry>();
        await foreach (var entry in DemoList.CreateParser().ParseAsync(stream, context ?? new ParseContext()))
            entries.Add(entry);
        return entries;
    }

    /// <summary>The 1-based line of the first occurrence of <paramref name="text"/>.</summary>
    public static long LineOf(string json, string text)
    {
        var at = json.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' is not in the document");
        return json.AsSpan(0, at).Count('\n') + 1;
    }
}
