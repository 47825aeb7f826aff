using System.Diagnostics;
using System.Runtime;
using Embargo.Core.Model;
using Embargo.Evaluation.Data;
using Embargo.Evaluation.Report;
using Embargo.Lists.Parsing;
using Embargo.Matching;

namespace Embargo.Evaluation.Benchmarks;

/// <summary>
/// The cost of screening in process over OFAC SDN + non-SDN + UN: parsing and index build time, managed memory
/// (after a full collection, before and after) and working set, then single-threaded latency of one screen
/// over a shuffled mix of negatives and positives after a warm-up.
/// </summary>
internal sealed class SpeedBenchmark : IBenchmark
{
    private const int WarmUpQueries = 20_000;

    public string Name => "speed";

    public async Task RunAsync(EvaluationContext context, CancellationToken ct)
    {
        var issues = new DataIssues();
        var table = new TextTable().Left("measure").Right("value");

        // Parsed afresh (not the run's cached copies) so that the memory the entries take can be seen.
        var before = ManagedBytes();
        var watch = Stopwatch.StartNew();
        var entries = new List<ListEntry>();
        foreach (var list in ListCatalog.ScreeningLists) entries.AddRange(await context.Lists.ParseAsync(list, new ParseContext(), ct));
        var parseMs = watch.Elapsed.TotalMilliseconds;
        var afterEntries = ManagedBytes();

        watch.Restart();
        var index = ScreeningIndex.Build(entries);
        var buildMs = watch.Elapsed.TotalMilliseconds;
        var afterIndex = ManagedBytes();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var workingSet = process.WorkingSet64;

        watch.Restart();
        _ = ScreeningIndex.Build(entries);
        var rebuildMs = watch.Elapsed.TotalMilliseconds;

        var names = entries.Sum(e => 1 + e.Aliases.Count);
        table.Add("entities (names)", Fmt.Inv($"{entries.Count:N0} ({names:N0})"));
        table.Add("parse the three lists", Fmt.Inv($"{parseMs:F0} ms"));
        table.Add("index build, first (includes JIT)", Fmt.Inv($"{buildMs:F0} ms"));
        table.Add("index build, second", Fmt.Inv($"{rebuildMs:F0} ms"));
        table.Add("managed memory: entries", Fmt.Mb(afterEntries - before));
        table.Add("managed memory: index", Fmt.Mb(afterIndex - afterEntries));
        table.Add("working set after build (peak)", $"{Fmt.Mb(workingSet)} ({Fmt.Mb(process.PeakWorkingSet64)})");

        var (queries, positives) = QuerySamples.ForSpeed(context, context.Options.SpeedQueries, issues);
        // A service screens at the top tier of the JIT: the warm-up lasts until the background tiering is done
        // (2,000 queries did not), on other names than the timed ones.
        var warmUp = QuerySamples.ForWarmUp(context, queries.Count - positives, WarmUpQueries, issues);
        context.Progress.WriteLine(Fmt.Inv($"speed: {warmUp.Count:N0} warm-up queries (other names), then {queries.Count:N0} timed, single-threaded"));
        foreach (var query in warmUp) Screening.One(index, query, context.ScreenOptions, issues);
        var times = new double[queries.Count];
        var cpuTimes = new double[queries.Count];
        var matches = new int[queries.Count];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < queries.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var cpuStart = ThreadCpuClock.NowMs();
            var start = Stopwatch.GetTimestamp();
            var results = Screening.One(index, queries[i], context.ScreenOptions, issues);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            cpuTimes[i] = ThreadCpuClock.NowMs() - cpuStart;
            matches[i] = results.Count;
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        GC.KeepAlive(index);
        var latency = new Latency(times);
        table.Add("screen latency median", Fmt.Inv($"{Fmt.Ms(latency.Percentile(50))} ms"));
        table.Add("screen latency p90", Fmt.Inv($"{Fmt.Ms(latency.Percentile(90))} ms"));
        table.Add("screen latency p99", Fmt.Inv($"{Fmt.Ms(latency.Percentile(99))} ms"));
        table.Add("screen latency max", Fmt.Inv($"{Fmt.Ms(latency.Max)} ms"));
        table.Add("screen latency mean", Fmt.Inv($"{Fmt.Ms(latency.Mean)} ms"));
        table.Add("single-threaded throughput", Fmt.Inv($"{latency.Count / Math.Max(latency.Total / 1000, 1e-9):N0} queries/s"));
        // Garbage per screen: what the collector must clear behind a server's requests.
        table.Add("allocated per screen (mean)", Fmt.Inv($"{allocated / 1024.0 / Math.Max(1, queries.Count):F1} KB"));
        // The thread's CPU time per screen: what the query cost, with the waits of a loaded machine left out.
        if (!double.IsNaN(cpuTimes[0]))
        {
            var cpu = new Latency(cpuTimes);
            table.Add("screen CPU time median / p90 / p99", Fmt.Inv($"{Fmt.Ms(cpu.Percentile(50))} / {Fmt.Ms(cpu.Percentile(90))} / {Fmt.Ms(cpu.Percentile(99))} ms"));
            table.Add("screen CPU time mean", Fmt.Inv($"{Fmt.Ms(cpu.Mean)} ms"));
        }

        context.Heading(
            $"speed — one screen in process, {ListCatalog.Describe(ListCatalog.ScreeningLists)}",
            Fmt.Inv($"{queries.Count:N0} queries ({positives:N0} UN positives and Congress members, the rest synthetic negatives; shuffled, seed {QuerySamples.Seed}) after {warmUp.Count:N0} warm-up queries on other synthetic negatives; single-threaded; {context.DescribeScreenOptions()}; {Environment.ProcessorCount} cores, {(GCSettings.IsServerGC ? "server" : "workstation")} GC. Memory: GC.GetTotalMemory after a full collection, before and after."),
            "median ≤ 0.2 ms, p99 ≤ 2 ms (Watchman 0.85 ms; yente ~250 ms per vCPU); index build ≤ 3 s, ≤ 300 MB.");
        table.WriteTo(context.Output);
        if (context.Options.Slowest > 0) SlowestQueries.Write(context.Output, queries, times, cpuTimes, matches, context.Options.Slowest);
        issues.WriteTo(context.Output);
    }

    private static long ManagedBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
