using Embargo.Evaluation.Data;
using Embargo.Matching;

namespace Embargo.Evaluation.Report;

/// <summary>
/// The slowest queries of a latency run, with what may explain their time (script, number of words, matches), and
/// the share of the total time by script: where the tail comes from. Ranked by the thread's CPU time where it is
/// known (a loaded machine's waits are not the query's), by the wall clock otherwise.
/// </summary>
internal static class SlowestQueries
{
    public static void Write(TextWriter output, IReadOnlyList<MatchQuery> queries, double[] times, double[] cpuTimes, int[] matches, int count)
    {
        var byScript = new TextTable().Left("script").Right("queries").Right("share of time").Right("mean").Right("in the slowest 1 %");
        var rank = double.IsNaN(cpuTimes[0]) ? times : cpuTimes;
        var order = Enumerable.Range(0, queries.Count).OrderByDescending(i => rank[i]).ToArray();
        var tail = order.Take(Math.Max(1, queries.Count / 100)).Select(i => Scripts.Of(queries[i].Name)).ToList();
        var total = times.Sum();
        foreach (var group in Enumerable.Range(0, queries.Count).GroupBy(i => Scripts.Of(queries[i].Name)).OrderByDescending(g => g.Sum(i => times[i])))
        {
            var sum = group.Sum(i => times[i]);
            byScript.Add(group.Key, Fmt.Inv($"{group.Count():N0}"), Fmt.Inv($"{100 * sum / total:F1} %"), Fmt.Inv($"{Fmt.Ms(sum / group.Count())} ms"),
                Fmt.Inv($"{tail.Count(s => s == group.Key):N0}"));
        }
        output.WriteLine();
        byScript.WriteTo(output);

        var slowest = new TextTable().Right("ms").Right("CPU ms").Left("script").Right("words").Right("matches").Left("query");
        foreach (var i in order.Take(count))
        {
            var name = queries[i].Name;
            slowest.Add(Fmt.Ms(times[i]), Fmt.Ms(cpuTimes[i]), Scripts.Of(name), Fmt.Inv($"{name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length}"),
                Fmt.Inv($"{matches[i]}"), $"{name} ({queries[i].Kind?.ToString() ?? "any"})");
        }
        output.WriteLine();
        slowest.WriteTo(output);
    }
}
