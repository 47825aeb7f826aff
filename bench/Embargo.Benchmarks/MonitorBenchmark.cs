using System.Diagnostics;
using System.Globalization;
using System.Text;
using Embargo.Core.Access;
using Embargo.Core.Alerts;
using Embargo.Hosting;
using Embargo.Hosting.Batch;
using Embargo.Hosting.Monitoring;
using Embargo.Lists.Import;

namespace Embargo.Benchmarks;

/// <summary>
/// Ongoing monitoring at scale: registers the 100,000 synthetic people of negatives_global.csv and negatives_us.csv
/// plus a sample of listed names (every Nth individual of the newest file, so that some are listed from the start and
/// some only later), imports consecutive official SDN publications (ofac-sdn-history, then the 2024-05-03 sdn.csv of
/// ofac-sdn-2024-05, read alone like the others) and times each monitoring run. Works in a temporary data directory,
/// and with <c>--store postgres://…</c> in a new database on that server (dropped afterwards).
/// </summary>
internal static class MonitorBenchmark
{
    public static async Task<int> RunAsync(int listedSample, string? server)
    {
        var shared = SharedData.Directory();
        if (shared is null || !Directory.Exists(Path.Combine(shared, "data")))
        {
            Console.Error.WriteLine("monitor benchmark: shared data not found; set EMBARGO_SHARED_DIR");
            return 2;
        }
        var work = Path.Combine(Path.GetTempPath(), "embargo-monitor-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        var database = server is null ? null : await BenchmarkDatabase.CreateAsync(server);
        try
        {
            var history = Path.Combine(shared, "data", "lists", "ofac-sdn-history");
            var latest = Path.Combine(work, "lists", "sdn_2024-05-03.csv");
            Directory.CreateDirectory(Path.GetDirectoryName(latest)!);
            File.Copy(Path.Combine(shared, "data", "lists", "ofac-sdn-2024-05", "sdn.csv"), latest);
            string[] files = [.. Directory.GetFiles(history, "sdn_*.csv").Order(StringComparer.Ordinal), latest];

            await using var engine = database is null
                ? await EmbargoEngine.OpenAsync(Path.Combine(work, "data"), TimeProvider.System, default)
                : await EmbargoEngine.OpenAsync(Path.Combine(work, "data"), database.ConnectionString, TimeProvider.System, default);
            engine.MonitorOnListChange = false;
            var actor = Actor.System;
            Console.WriteLine($"monitor benchmark: {Environment.ProcessorCount} cores; store {(database is null ? "SQLite" : "PostgreSQL")}; " +
                              $"lists {string.Join(", ", files.Select(Path.GetFileName))}");

            var first = Stopwatch.StartNew();
            await ImportAsync(engine, files[0]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"import {Path.GetFileName(files[0]),-22} {first.Elapsed.TotalSeconds,6:F2} s"));

            var parties = Path.Combine(work, "parties.csv");
            var count = WriteParties(parties, shared, files[^1], listedSample);
            var register = Stopwatch.StartNew();
            await using (var input = File.OpenRead(parties))
            {
                var result = await engine.Parties.ImportAsync(actor, input, "parties.csv", new BatchOptions(), null, default);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"register {result.Added:N0} parties ({count:N0} rows, {result.Errors.Count} unusable) {register.Elapsed.TotalSeconds,6:F2} s (no screening; audit record each)"));
            }

            foreach (var file in files.Skip(1))
            {
                var import = Stopwatch.StartNew();
                await ImportAsync(engine, file);
                var importTime = import.Elapsed;
                var report = await engine.Monitoring.RunAsync(actor, default);
                Print(Path.GetFileName(file), importTime, report);
            }
            var idle = await engine.Monitoring.RunAsync(actor, default);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"monitoring with nothing changed: {idle.Elapsed.TotalMilliseconds:F0} ms"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (database is not null) await database.DropAsync();
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task ImportAsync(EmbargoEngine engine, string file)
    {
        foreach (var list in engine.Lists.Detect([file], null))
            await engine.Lists.ImportAsync(list, ImportOptions.Default with { AllowShrink = true }, null, default);
    }

    // The negatives files have no id column: the benchmark gives each row one (a temporary file, never in the repository).
    private static int WriteParties(string path, string shared, string listFile, int listedSample)
    {
        using var output = new StreamWriter(path, false, new UTF8Encoding(false));
        output.WriteLine("id,name,dob,country,gender,type");
        var rows = 0;
        foreach (var (prefix, file) in new[] { ("G", "negatives_global.csv"), ("U", "negatives_us.csv") })
        {
            using var reader = new StreamReader(Path.Combine(shared, "data", "bench", "screening", file));
            var header = Split(reader.ReadLine() ?? "");
            int name = header.IndexOf("full_name"), dob = header.IndexOf("date_of_birth"), nationality = header.IndexOf("nationality"), gender = header.IndexOf("gender");
            var line = 1;
            while (reader.ReadLine() is { } text)
            {
                line++;
                var fields = Split(text);
                if (fields.Count <= Math.Max(Math.Max(name, dob), Math.Max(nationality, gender))) continue;
                output.WriteLine(string.Join(',', $"{prefix}-{line}", Csv(fields[name]), Csv(fields[dob]), Csv(fields[nationality]), Csv(fields[gender]), "person"));
                rows++;
            }
        }
        // Listed people, every Nth individual of the newest file: on the list from the start, or designated later.
        var sdn = Encoding.Latin1.GetString(File.ReadAllBytes(listFile)).Split('\n');
        var individuals = sdn.Select(Split).Where(f => f.Count > 2 && f[2] == "individual").ToList();
        var step = Math.Max(1, individuals.Count / Math.Max(1, listedSample));
        for (var i = 0; i < individuals.Count && rows < 100_000 + listedSample; i += step)
        {
            output.WriteLine(string.Join(',', $"L-{individuals[i][0]}", Csv(individuals[i][1]), "", "", "", "person"));
            rows++;
        }
        return rows;
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c != '\r') field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private static void Print(string file, TimeSpan importTime, MonitoringReport r)
    {
        var source = r.Sources.FirstOrDefault();
        var reasons = string.Join(", ", r.Raised.GroupBy(a => a.Reason).Select(g => $"{g.Count()} {g.Key.Name()}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"import {file,-22} {importTime.TotalSeconds,6:F2} s; diff +{source?.Added ?? 0} ~{source?.Changed ?? 0} -{source?.Removed ?? 0}; " +
            $"monitoring {r.Parties:N0} parties vs {r.DeltaEntities:N0} entities: {r.Elapsed.TotalSeconds:F2} s " +
            $"(diff {r.DiffTime.TotalSeconds:F2}, index {r.IndexTime.TotalSeconds:F2}, screen {r.ScreenTime.TotalSeconds:F2}, alerts {r.StoreTime.TotalSeconds:F2}); " +
            $"{r.PartiesMatched} parties matched, {r.Raised.Count} new alerts ({reasons}), {r.Closed.Count} closed, {r.AlreadyKnown} known"));
    }
}
