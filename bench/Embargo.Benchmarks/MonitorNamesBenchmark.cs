using System.Diagnostics;
using System.Globalization;
using Embargo.Core.Model;
using Embargo.Lists.Import;
using Embargo.Lists.Parsing;
using Embargo.Matching;

namespace Embargo.Benchmarks;

/// <summary>
/// What monitoring's name cache saves: the 100,000 names of negatives_global.csv and negatives_us.csv screened on
/// every core against an index the size of a list update (every 18th entry of the 2024-05-02 SDN file, weighed by the
/// full index's statistics, as monitoring builds it) and against a one-entry index (the cost of a query with nothing to
/// score), each with names prepared afresh and with names taken from a warm <see cref="QueryNameCache"/>. Best of 3 rounds.
/// </summary>
internal static class MonitorNamesBenchmark
{
    public static async Task<int> RunAsync()
    {
        var shared = SharedData.Directory();
        if (shared is null || !Directory.Exists(Path.Combine(shared, "data")))
        {
            Console.Error.WriteLine("monitor-names benchmark: shared data not found; set EMBARGO_SHARED_DIR");
            return 2;
        }
        var entries = new List<ListEntry>();
        var list = ListFormatDetector.DetectOne([Path.Combine(shared, "data", "lists", "ofac-sdn-history", "sdn_2024-05-02.csv")], ListSources.OfacSdn);
        await foreach (var entry in list.Parser.ParseAsync(list.Files, new ParseContext(), default)) entries.Add(entry);
        var full = ScreeningIndex.Build(entries);
        var delta = ScreeningIndex.Build(entries.Where((_, i) => i % 18 == 0), full);
        var single = ScreeningIndex.Build(entries.Take(1), full);
        var names = new List<string>();
        foreach (var file in new[] { "negatives_global.csv", "negatives_us.csv" })
        {
            foreach (var line in File.ReadLines(Path.Combine(shared, "data", "bench", "screening", file)).Skip(1))
            {
                var name = line.Split(',')[0].Trim('"');
                if (name.Length > 0) names.Add(name);
            }
        }
        var options = new MatchOptions { Threshold = 0.7, Cutoff = 0.7, Limit = 10 };
        var cache = new QueryNameCache();
        Parallel.ForEach(names, name => single.Screen(new MatchQuery { Name = name, Kind = EntityKind.Person }, options, cache)); // warm: JIT, cache
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"monitor-names: {Environment.ProcessorCount} cores; {names.Count:N0} names; update-sized index {delta.EntityCount:N0} entities ({delta.NameCount:N0} names)"));
        foreach (var (label, index, names_) in new (string, ScreeningIndex, QueryNameCache?)[]
                 {
                     ("one-entry index, names prepared afresh", single, null), ("one-entry index, cached names", single, cache),
                     ("update-sized index, names prepared afresh", delta, null), ("update-sized index, cached names", delta, cache),
                 })
        {
            var best = TimeSpan.MaxValue;
            for (var round = 0; round < 3; round++)
            {
                var clock = Stopwatch.StartNew();
                Parallel.ForEach(names, name => index.Screen(new MatchQuery { Name = name, Kind = EntityKind.Person }, options, names_));
                if (clock.Elapsed < best) best = clock.Elapsed;
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label,-44} {best.TotalSeconds,6:F2} s ({best.TotalMilliseconds * 1000 / names.Count:F1} µs per name, all cores)"));
        }
        return 0;
    }
}
