using System.Diagnostics;
using System.Globalization;
using Embargo.Hosting;
using Embargo.Hosting.Batch;
using Embargo.Matching;

namespace Embargo.Benchmarks;

/// <summary>
/// Where batch screening's time goes, on a data directory whose lists are already imported: reading and
/// mapping the input alone, screening alone on one thread (with and without result explanations' cost in the
/// output), and the whole pipeline to a discarded output with 1 and with N workers (not with --screen-only). Each stage
/// reports its processor time beside its wall time: on a shared machine the two differ.
/// </summary>
internal static class BatchBenchmark
{
    public static async Task<int> RunAsync(string dataDirectory, string input, bool screenOnly)
    {
        await using var engine = await EmbargoEngine.OpenAsync(dataDirectory, TimeProvider.System, default);
        var build = Stopwatch.StartNew();
        var index = await engine.Screening.GetIndexAsync(default);
        Console.WriteLine($"batch benchmark: {input}; lists {string.Join(", ", index.Snapshots.Select(s => $"{s.Source} {s.Version}"))}; " +
                          $"index {build.Elapsed.TotalSeconds:F1} s; {Environment.ProcessorCount} cores");

        var options = new BatchOptions();
        var read = Stage.Start();
        var queries = new List<MatchQuery>();
        await using (var stream = File.OpenRead(input))
        {
            using var reader = BatchScreening.OpenReader(stream, Path.GetFileName(input), options);
            while (reader.Next() is { } record)
            {
                if (record.Query is not null) queries.Add(record.Query);
            }
        }
        Report("read + map only", queries.Count, read);

        var screen = Stage.Start();
        var results = 0;
        foreach (var query in queries) results += index.Index.Screen(query, options.Match).Count;
        Report("screen only, 1 thread", queries.Count, screen);

        // Where screening's time goes, by the script of the name (non-Latin names are transliterated first).
        foreach (var group in queries.GroupBy(q => Embargo.Core.Text.ScriptDetector.Detect(q.Name) ?? "none").OrderByDescending(g => g.Count()))
        {
            var byScript = Stage.Start();
            foreach (var query in group) index.Index.Screen(query, options.Match);
            Report($"  screen, 1 thread, script {group.Key}", group.Count(), byScript);
        }

        if (screenOnly) return 0;
        var screenAll = Stage.Start();
        foreach (var query in queries) index.Index.Screen(query, options.Match with { Cutoff = Tuning.DefaultCutoff });
        Report("screen only, 1 thread, cutoff 0.60", queries.Count, screenAll);

        foreach (var format in new[] { BatchOutputFormat.Jsonl, BatchOutputFormat.Csv })
        {
            foreach (var workers in new[] { 1, Environment.ProcessorCount })
            {
                await using var stream = File.OpenRead(input);
                var run = Stage.Start();
                var summary = await new BatchScreening(index).RunAsync(stream, Path.GetFileName(input), Stream.Null,
                    options with { Workers = workers, OutputFormat = format }, null, default);
                Report($"pipeline {format}, {workers} worker(s)", summary.Records, run);
            }
        }
        return 0;
    }

    private static void Report(string stage, long records, Stage elapsed)
    {
        var (wall, cpu) = elapsed.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stage,-40} {records,9:N0} records {wall.TotalSeconds,7:F2} s {records / wall.TotalSeconds,10:N0} records/s; CPU {cpu.TotalSeconds,7:F2} s {records / cpu.TotalSeconds,10:N0} records/CPU-s"));
    }

    // Wall and processor time since the stage started.
    private sealed class Stage
    {
        private readonly Stopwatch _wall = Stopwatch.StartNew();
        private readonly TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;

        public static Stage Start() => new();

        public (TimeSpan Wall, TimeSpan Cpu) Elapsed => (_wall.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - _cpu);
    }
}
