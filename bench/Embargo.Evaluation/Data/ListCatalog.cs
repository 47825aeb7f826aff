using System.Diagnostics;
using Embargo.Core.Model;
using Embargo.Lists.Import;
using Embargo.Lists.Parsing;
using Embargo.Matching;

namespace Embargo.Evaluation.Data;

/// <summary>
/// The frozen lists the benchmarks screen against, parsed with the product's own parsers, each once per run,
/// and the two indexes built over them: UN alone, and OFAC SDN 2024-05 + OFAC non-SDN 2025-12 + UN.
/// </summary>
internal sealed class ListCatalog(string sharedDirectory, TextWriter progress)
{
    public const string OfacSdn = "ofac-sdn-2024-05";
    public const string OfacConsolidated = "ofac-cons-2025-12";
    public const string Un = "un-2026-02-27";

    /// <summary>The lists of the negatives, Congress, index and speed benchmarks.</summary>
    public static readonly IReadOnlyList<string> ScreeningLists = [OfacSdn, OfacConsolidated, Un];

    private readonly Dictionary<string, IReadOnlyList<ListEntry>> _loaded = new(StringComparer.Ordinal);
    private ScreeningIndex? _unIndex;
    private ScreeningIndex? _screeningIndex;

    public static string Describe(IEnumerable<string> lists) => string.Join(" + ", lists);

    /// <summary>A list's entries, parsed on first use.</summary>
    public async Task<IReadOnlyList<ListEntry>> LoadAsync(string list, CancellationToken ct)
    {
        if (_loaded.TryGetValue(list, out var entries)) return entries;
        var watch = Stopwatch.StartNew();
        var context = new ParseContext();
        entries = await ParseAsync(list, context, ct);
        progress.WriteLine(Report.Fmt.Inv(
            $"loaded {list}: {entries.Count:N0} entities in {watch.Elapsed.TotalMilliseconds:F0} ms ({context.IssueCount} parse issues)"));
        _loaded[list] = entries;
        return entries;
    }

    /// <summary>Parses a list afresh, bypassing the cache (the speed benchmark measures this).</summary>
    public async Task<IReadOnlyList<ListEntry>> ParseAsync(string list, ParseContext context, CancellationToken ct)
    {
        var detected = ListFormatDetector.DetectOne([PathOf(list)], null);
        var entries = new List<ListEntry>();
        await foreach (var entry in detected.Parser.ParseAsync(detected.Files, context, ct)) entries.Add(entry);
        return entries;
    }

    public async Task<IReadOnlyList<ListEntry>> LoadAllAsync(IEnumerable<string> lists, CancellationToken ct)
    {
        var all = new List<ListEntry>();
        foreach (var list in lists) all.AddRange(await LoadAsync(list, ct));
        return all;
    }

    public async Task<ScreeningIndex> UnIndexAsync(CancellationToken ct) =>
        _unIndex ??= Build("UN", await LoadAsync(Un, ct));

    public async Task<ScreeningIndex> ScreeningIndexAsync(CancellationToken ct) =>
        _screeningIndex ??= Build(Describe(ScreeningLists), await LoadAllAsync(ScreeningLists, ct));

    private ScreeningIndex Build(string what, IReadOnlyList<ListEntry> entries)
    {
        var watch = Stopwatch.StartNew();
        var index = ScreeningIndex.Build(entries);
        progress.WriteLine(Report.Fmt.Inv($"built index over {what}: {entries.Count:N0} entities in {watch.Elapsed.TotalMilliseconds:F0} ms"));
        return index;
    }

    private string PathOf(string list) => list switch
    {
        Un => Path.Combine(sharedDirectory, "data", "lists", list, "consolidated.xml"),
        _ => Path.Combine(sharedDirectory, "data", "lists", list),
    };
}
