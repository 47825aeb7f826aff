using Embargo.Core.Model;
using Embargo.Lists.Parsing;
using Embargo.Testing;

namespace Embargo.Lists.Tests.Ofac;

/// <summary>Reads OFAC CSV sets for the tests: the shared real files, or a temporary folder of invented rows.</summary>
internal static class OfacCsvSets
{
    public static async Task<(List<ListEntry> Entries, ParseContext Context)> ParseSharedAsync(IListParser parser, string folder)
    {
        var files = new ListFileSet(Directory.GetFiles(SharedData.Path("lists", folder)));
        return await ParseAsync(parser, files);
    }

    public static async Task<(List<ListEntry> Entries, ParseContext Context)> ParseAsync(IListParser parser, ListFileSet files)
    {
        var context = new ParseContext();
        var entries = new List<ListEntry>();
        await foreach (var entry in parser.ParseAsync(files, context, CancellationToken.None)) entries.Add(entry);
        return (entries, context);
    }

    /// <summary>Writes invented files (name, Windows-1252 bytes of the text) and parses them.</summary>
    public static async Task<(List<ListEntry> Entries, ParseContext Context)> ParseInlineAsync(
        IListParser parser, params (string Name, string Content)[] files)
    {
        using var folder = new TempDirectory();
        var paths = files.Select(f => folder.Write(f.Name, f.Content, Embargo.Lists.Csv.TextEncodings.Windows1252)).ToList();
        return await ParseAsync(parser, new ListFileSet(paths));
    }

    public static ListEntry Single(this List<ListEntry> entries, string sourceId) =>
        entries.Single(e => e.SourceId == sourceId);
}
