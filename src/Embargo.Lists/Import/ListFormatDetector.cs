using Embargo.Core.Model;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Import;

/// <summary>
/// Works out which publications a user's paths hold. OFAC CSV sets are recognised by their official file
/// names (<c>sdn.csv</c> with <c>add.csv</c>, <c>alt.csv</c>, <c>sdn_comments.csv</c> beside it; <c>cons_prim.csv</c>
/// with its <c>cons_*</c> files); every other file by its content. A folder stands for the files in it.
/// Publications are returned in path order, so a folder of dated files imports oldest first.
/// </summary>
public static class ListFormatDetector
{
    private static readonly string[] SdnCompanions = ["add.csv", "alt.csv", "sdn_comments.csv"];
    private static readonly string[] ConsCompanions = ["cons_add.csv", "cons_alt.csv", "cons_comments.csv"];

    /// <summary>Detects every publication in the paths; <paramref name="source"/> forces the source where the format allows it.</summary>
    public static IReadOnlyList<DetectedList> Detect(IEnumerable<string> paths, string? source)
    {
        var files = Expand(paths);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<(string SortKey, DetectedList List)>();

        foreach (var file in files)
        {
            var name = Path.GetFileName(file).ToLowerInvariant();
            if (IsMainFile(name, "sdn", "sdn_comments"))
            {
                var set = WithCompanions(file, name == "sdn.csv" ? SdnCompanions : [], files, claimed);
                found.Add((file, Create(ListFormat.OfacSdnCsv, source, set, file)));
            }
            else if (IsMainFile(name, "cons_prim", "cons_comments"))
            {
                var set = WithCompanions(file, name == "cons_prim.csv" ? ConsCompanions : [], files, claimed);
                found.Add((file, Create(ListFormat.OfacConsolidatedCsv, source, set, file)));
            }
        }
        foreach (var file in files)
        {
            if (claimed.Contains(file)) continue;
            var format = FormatSniffer.Sniff(file)
                ?? throw new ListFormatException(file, null,
                    "not a recognised list format (expected OFAC CSV or XML, UN XML, EU FSF XML, UK CSV or XML, BIS DPL text, or an Embargo JSON list)");
            found.Add((file, Create(format, source, new ListFileSet([file]), file)));
        }
        if (found.Count == 0) throw new ListFormatException(string.Join(", ", paths), null, "no list files found");
        return [.. found.OrderBy(f => f.SortKey, StringComparer.Ordinal).Select(f => f.List)];
    }

    /// <summary>Detects exactly one publication, or fails saying how many there were.</summary>
    public static DetectedList DetectOne(IEnumerable<string> paths, string? source)
    {
        var found = Detect(paths, source);
        return found.Count == 1
            ? found[0]
            : throw new ListFormatException(string.Join(", ", paths), null, $"expected one list publication, found {found.Count}");
    }

    // sdn.csv, SDN.CSV, sdn_2021-08-18.csv, "cons_prim (1).csv": the main file under its own or a dated name.
    private static bool IsMainFile(string lowerName, string stem, string companionStem) =>
        lowerName.StartsWith(stem, StringComparison.Ordinal) && lowerName.EndsWith(".csv", StringComparison.Ordinal)
        && !lowerName.StartsWith(companionStem, StringComparison.Ordinal);

    private static List<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path)
                    .Where(f => !Path.GetFileName(f).StartsWith('.') && !f.EndsWith(".part", StringComparison.Ordinal)
                                && !f.EndsWith(".meta.json", StringComparison.Ordinal))
                    .Select(Path.GetFullPath));
            }
            else if (File.Exists(path))
            {
                files.Add(Path.GetFullPath(path));
            }
            else
            {
                throw new FileNotFoundException($"{path}: no such file or folder", path);
            }
        }
        return [.. files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    // The companions of an OFAC main file are taken from its folder even when only the main file was named.
    private static ListFileSet WithCompanions(string main, string[] companions, List<string> files, HashSet<string> claimed)
    {
        var folder = Path.GetDirectoryName(main)!;
        var set = new List<string> { main };
        foreach (var companion in companions)
        {
            var path = files.FirstOrDefault(f => string.Equals(Path.GetDirectoryName(f), folder, StringComparison.Ordinal)
                                                 && string.Equals(Path.GetFileName(f), companion, StringComparison.OrdinalIgnoreCase))
                       ?? Directory.EnumerateFiles(folder).FirstOrDefault(f => string.Equals(Path.GetFileName(f), companion, StringComparison.OrdinalIgnoreCase));
            if (path is not null) set.Add(Path.GetFullPath(path));
        }
        foreach (var path in set) claimed.Add(path);
        return new ListFileSet(set);
    }

    private static DetectedList Create(ListFormat format, string? source, ListFileSet files, string mainFile)
    {
        var parser = ParserFactory.Create(format, source, mainFile);
        if (source is not null && !string.Equals(parser.Source, source, StringComparison.Ordinal))
            throw new ListFormatException(mainFile, null, $"this is a {parser.Format} file of {parser.Source}, not {source}");
        return new DetectedList(parser, files);
    }
}
