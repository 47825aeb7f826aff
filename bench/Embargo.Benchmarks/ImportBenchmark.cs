using System.Diagnostics;
using System.Globalization;
using Embargo.Hosting;
using Embargo.Lists.Import;
using Embargo.Lists.Parsing;

namespace Embargo.Benchmarks;

/// <summary>
/// Times parsing alone and parsing into a fresh store, for the lists the issue names: OFAC SDN 2024-05, OFAC
/// consolidated 2025-12 and the UN list. Prints one table; the best of N runs is reported. The store is SQLite,
/// or with <c>--store</c> a PostgreSQL server on which each run creates (and then drops) a database of its own.
/// </summary>
internal static class ImportBenchmark
{
    private static readonly string[] Lists = ["ofac-sdn-2024-05", "ofac-cons-2025-12", "un-2026-02-27"];

    public static async Task<int> RunAsync(int runs, string? postgres)
    {
        var shared = SharedDirectory();
        if (shared is null)
        {
            Console.Error.WriteLine("shared data not found: set EMBARGO_SHARED_DIR or place ../shared beside the repository");
            return 2;
        }
        var paths = Lists.Select(l => Path.Combine(shared, "data", "lists", l)).ToArray();
        Console.WriteLine($"import benchmark: {string.Join(", ", Lists)}; best of {runs} runs; {Environment.ProcessorCount} cores; " +
                          $"store {(postgres is null ? "SQLite" : "PostgreSQL")}");
        Console.WriteLine($"{"list",-22} {"entities",9} {"parse ms",9} {"import ms",10}");

        var totalParse = double.MaxValue;
        var totalImport = double.MaxValue;
        for (var run = 0; run < runs; run++)
        {
            var parseSum = 0.0;
            var importSum = 0.0;
            var rows = new List<string>();
            var data = Path.Combine(Path.GetTempPath(), "embargo-bench-" + Guid.NewGuid().ToString("N"));
            var database = postgres is null ? null : await BenchmarkDatabase.CreateAsync(postgres);
            await using (var engine = await EmbargoEngine.OpenAsync(data, database?.ConnectionString, TimeProvider.System, default))
            {
                foreach (var (list, path) in Lists.Zip(paths))
                {
                    var detected = ListFormatDetector.DetectOne([path], null);
                    var parse = Stopwatch.StartNew();
                    var count = 0;
                    await foreach (var _ in detected.Parser.ParseAsync(detected.Files, new ParseContext(), default)) count++;
                    parse.Stop();

                    var import = Stopwatch.StartNew();
                    await engine.Importer.ImportAsync(detected, ImportOptions.Default, null, default);
                    import.Stop();

                    parseSum += parse.Elapsed.TotalMilliseconds;
                    importSum += import.Elapsed.TotalMilliseconds;
                    rows.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{list,-22} {count,9:N0} {parse.Elapsed.TotalMilliseconds,9:F0} {import.Elapsed.TotalMilliseconds,10:F0}"));
                }
            }
            Directory.Delete(data, recursive: true);
            if (database is not null) await database.DropAsync();
            if (importSum < totalImport)
            {
                totalImport = importSum;
                totalParse = parseSum;
            }
            Console.WriteLine($"run {run + 1}:");
            foreach (var row in rows) Console.WriteLine("  " + row);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"best total: parse {totalParse:F0} ms, import (hash + parse + store + activate) {totalImport:F0} ms"));
        return 0;
    }

    private static string? SharedDirectory()
    {
        var fromEnv = Environment.GetEnvironmentVariable("EMBARGO_SHARED_DIR");
        if (!string.IsNullOrEmpty(fromEnv)) return fromEnv;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Embargo.slnx")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
        }
        return null;
    }
}
