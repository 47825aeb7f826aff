using System.Diagnostics;
using Embargo.Evaluation.Data;
using Embargo.Evaluation.Report;
using Embargo.Matching;

namespace Embargo.Evaluation.Benchmarks;

/// <summary>
/// The candidate index against scoring every name (<see cref="MatchOptions.Exhaustive"/>): how often both put
/// the same entity first, how many of the exhaustive matches the index finds, and how much faster it is.
/// </summary>
internal sealed class IndexBenchmark : IBenchmark
{
    private const int TimedQueries = 300;
    private const int WarmupQueries = 20;

    public string Name => "index";

    public async Task RunAsync(EvaluationContext context, CancellationToken ct)
    {
        var issues = new DataIssues();
        var sample = QuerySamples.ForIndex(context, issues);
        var queries = sample.Select(s => s.Query).ToList();
        var index = await context.Lists.ScreeningIndexAsync(ct);
        var indexedOptions = context.ScreenOptions with { Exhaustive = false };
        var exhaustiveOptions = context.ScreenOptions with { Exhaustive = true };
        var indexed = Screening.All(index, queries, indexedOptions, issues, context.Progress, ct);
        var exhaustive = Screening.All(index, queries, exhaustiveOptions, issues, context.Progress, ct);
        var outcomes = sample.Select((s, i) => new Outcome(s.Sample, indexed[i], exhaustive[i])).ToList();

        context.Heading(
            $"index — candidate index against exhaustive scoring, {ListCatalog.Describe(ListCatalog.ScreeningLists)}",
            Fmt.Inv($"{outcomes.Count:N0} queries (UN treated, {QuerySamples.IndexNegativesPerFile:N0} spread over each negatives file, Congress); {context.DescribeScreenOptions()}. A tie for first (equal score) counts as the same top."),
            "same top match ≥ 99.5 % of queries, ≥ 20× faster.");
        var table = new TextTable().Left("slice").Right("queries").Right("same top match").Right("same top").Right("exhaustive top is a match")
            .Right("same top among those").Right("exhaustive matches found");
        foreach (var (slice, items) in Slices.Group(outcomes, o => Slices.Of(("sample", o.Sample))))
        {
            var withMatch = items.Where(o => o.Exhaustive.Count > 0 && o.Exhaustive[0].IsMatch).ToList();
            var exhaustiveMatches = items.Sum(o => o.Exhaustive.Count(r => r.IsMatch));
            var found = items.Sum(o => o.MatchesFound);
            table.Add(slice, Fmt.Count(items.Count), Fmt.Percent(items.Count(o => o.SameTopMatch), items.Count),
                Fmt.Percent(items.Count(o => o.SameTop), items.Count),
                Fmt.Count(withMatch.Count), Fmt.Percent(withMatch.Count(o => o.SameTop), withMatch.Count),
                Fmt.Percent(found, exhaustiveMatches));
        }
        table.WriteTo(context.Output);
        WriteSpeed(context, index, queries, indexedOptions, exhaustiveOptions, issues);
        issues.WriteTo(context.Output);
    }

    private static void WriteSpeed(
        EvaluationContext context, ScreeningIndex index, List<MatchQuery> queries, MatchOptions indexed, MatchOptions exhaustive, DataIssues issues)
    {
        var timed = QuerySamples.Spread(queries, TimedQueries).ToList();
        var indexedTimes = Time(index, timed, indexed, issues);
        var exhaustiveTimes = Time(index, timed, exhaustive, issues);
        context.Caption(Fmt.Inv($"Speed, single-threaded, {timed.Count} queries spread over the sample (after {WarmupQueries} warm-up queries each):"));
        var table = new TextTable().Left("mode").Right("mean ms").Right("median ms").Right("p99 ms");
        table.Add("candidate index", Fmt.Ms(indexedTimes.Mean), Fmt.Ms(indexedTimes.Percentile(50)), Fmt.Ms(indexedTimes.Percentile(99)));
        table.Add("exhaustive", Fmt.Ms(exhaustiveTimes.Mean), Fmt.Ms(exhaustiveTimes.Percentile(50)), Fmt.Ms(exhaustiveTimes.Percentile(99)));
        table.WriteTo(context.Output);
        context.Output.WriteLine();
        context.Output.WriteLine(Fmt.Inv($"Speed ratio (exhaustive / index, total time): {exhaustiveTimes.Total / Math.Max(indexedTimes.Total, 1e-9):F1}×."));
    }

    private static Latency Time(ScreeningIndex index, List<MatchQuery> queries, MatchOptions options, DataIssues issues)
    {
        foreach (var query in queries.Take(WarmupQueries)) Screening.One(index, query, options, issues);
        var times = new double[queries.Count];
        for (var i = 0; i < queries.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            Screening.One(index, queries[i], options, issues);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        return new Latency(times);
    }

    private sealed record Outcome(string Sample, IReadOnlyList<MatchResult> Indexed, IReadOnlyList<MatchResult> Exhaustive)
    {
        public bool SameTop => (Indexed.Count, Exhaustive.Count) switch
        {
            (0, 0) => true,
            (0, _) or (_, 0) => false,
            _ => string.Equals(Indexed[0].Entry.Id, Exhaustive[0].Entry.Id, StringComparison.Ordinal)
                 || Math.Abs(Indexed[0].Score - Exhaustive[0].Score) < 1e-9,
        };

        /// <summary>
        /// The goal's measure: the first result at or above the threshold is the same entity (or as good), or neither mode
        /// has one. "same top" also compares the weaker results under the threshold, which no analyst is shown.
        /// </summary>
        public bool SameTopMatch => (TopMatch(Indexed), TopMatch(Exhaustive)) switch
        {
            (null, null) => true,
            (null, _) or (_, null) => false,
            var (i, e) => string.Equals(i.Entry.Id, e.Entry.Id, StringComparison.Ordinal) || Math.Abs(i.Score - e.Score) < 1e-9,
        };

        private static MatchResult? TopMatch(IReadOnlyList<MatchResult> results) => results.Count > 0 && results[0].IsMatch ? results[0] : null;

        /// <summary>How many of the exhaustive matches the index also returned as matches.</summary>
        public int MatchesFound => Exhaustive.Count(e => e.IsMatch && Indexed.Any(i => i.IsMatch
            && string.Equals(i.Entry.Id, e.Entry.Id, StringComparison.Ordinal)));
    }
}
