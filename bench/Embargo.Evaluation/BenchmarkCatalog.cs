using Embargo.Evaluation.Benchmarks;

namespace Embargo.Evaluation;

/// <summary>Every benchmark in the order <c>all</c> runs them, and the group names the command line accepts.</summary>
internal static class BenchmarkCatalog
{
    public static readonly IReadOnlyList<IBenchmark> All =
    [
        new PairsBenchmark(),
        new UnPositivesBenchmark("un-untreated", "un_positives_untreated.csv", "gold entity ranked first ≥ 99.5 %."),
        new UnPositivesBenchmark("un-treated", "un_positives_treated.csv", "gold entity matched ≥ 97 %."),
        new NegativesBenchmark("negatives-global", "negatives_global.csv"),
        new NegativesBenchmark("negatives-us", "negatives_us.csv"),
        new CongressBenchmark(),
        new TranslitBenchmark(),
        new IndexBenchmark(),
        new SpeedBenchmark(),
    ];

    /// <summary>The benchmarks the names select, in catalogue order; null when a name is unknown.</summary>
    public static IReadOnlyList<IBenchmark>? Select(IEnumerable<string> names, TextWriter error)
    {
        var selected = new HashSet<IBenchmark>();
        foreach (var name in names)
        {
            var matches = All.Where(b => name == "all" || b.Name == name || b.Name.StartsWith(name + "-", StringComparison.Ordinal)).ToList();
            if (matches.Count == 0)
            {
                error.WriteLine($"unknown benchmark '{name}': one of all, un, negatives, {string.Join(", ", All.Select(b => b.Name))}");
                return null;
            }
            selected.UnionWith(matches);
        }
        return [.. All.Where(selected.Contains)];
    }
}
