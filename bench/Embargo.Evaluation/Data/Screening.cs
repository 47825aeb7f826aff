using System.Diagnostics;
using Embargo.Core.Model;
using Embargo.Matching;

namespace Embargo.Evaluation.Data;

/// <summary>
/// Calls the engine for the benchmarks. A query the engine throws on is reported and counted as "no result",
/// so that one engine bug shows up in the figures instead of ending the run.
/// </summary>
internal static class Screening
{
    public static IReadOnlyList<MatchResult> One(ScreeningIndex index, MatchQuery query, MatchOptions options, DataIssues issues)
    {
        try
        {
            return index.Screen(query, options);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            issues.Report($"engine: Screen(\"{query.Name}\") threw {e.GetType().Name}: {e.Message}");
            return [];
        }
    }

    /// <summary>Screens every query on every core, the index shared; results in query order.</summary>
    public static IReadOnlyList<MatchResult>[] All(
        ScreeningIndex index, IReadOnlyList<MatchQuery> queries, MatchOptions options, DataIssues issues, TextWriter progress, CancellationToken ct)
    {
        var results = new IReadOnlyList<MatchResult>[queries.Count];
        var watch = Stopwatch.StartNew();
        Parallel.For(0, queries.Count, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => results[i] = One(index, queries[i], options, issues));
        var seconds = watch.Elapsed.TotalSeconds;
        progress.WriteLine(Report.Fmt.Inv(
            $"screened {queries.Count:N0} queries on {Environment.ProcessorCount} cores in {seconds:F1} s ({queries.Count / Math.Max(seconds, 1e-9):N0} queries/s)"));
        return results;
    }

    public static PairComparison Compare(string name1, string name2, EntityKind kind, double threshold, DataIssues issues)
    {
        try
        {
            return NameComparer.Compare(name1, name2, kind, threshold);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            issues.Report($"engine: Compare(\"{name1}\", \"{name2}\") threw {e.GetType().Name}: {e.Message}");
            return new PairComparison(0, false, new Matching.Explain.MatchExplanation(name1, name2, [], [], 0));
        }
    }

    /// <summary>Compares every pair on every core; results in pair order.</summary>
    public static PairComparison[] CompareAll(
        IReadOnlyList<(string Name1, string Name2, EntityKind Kind)> pairs, double threshold, DataIssues issues, CancellationToken ct)
    {
        var results = new PairComparison[pairs.Count];
        Parallel.For(0, pairs.Count, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => results[i] = Compare(pairs[i].Name1, pairs[i].Name2, pairs[i].Kind, threshold, issues));
        return results;
    }
}
