using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Embargo.Evaluation;
using Embargo.Evaluation.Data;
using Embargo.Evaluation.Report;
using Embargo.Lists.Parsing;

// Usage: dotnet run -c Release --project bench/Embargo.Evaluation [-- BENCH...] [--threshold T] [--sweep] [--limit N]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
Console.OutputEncoding = Encoding.UTF8;

var options = EvaluationOptions.Parse(args, Console.Error);
if (options is null) return 2;
var benchmarks = BenchmarkCatalog.Select(options.Benchmarks, Console.Error);
if (benchmarks is null) return 2;
var shared = SharedDirectory.Locate();
if (shared is null)
{
    Console.Error.WriteLine(SharedDirectory.NotFound);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var context = new EvaluationContext(shared, options, Console.Out, Console.Error);
Console.WriteLine(Fmt.Inv($"## Matching evaluation, {DateTime.Now:yyyy-MM-dd HH:mm}"));
Console.WriteLine();
Console.WriteLine(Fmt.Inv(
    $"`dotnet run -c Release --project bench/Embargo.Evaluation{(args.Length == 0 ? "" : " -- " + string.Join(' ', args))}` — {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, .NET {Environment.Version}{(Debugger.IsAttached || IsDebugBuild() ? ", DEBUG build: timings are not representative" : "")}; data: {shared}."));

var failed = 0;
var total = Stopwatch.StartNew();
foreach (var benchmark in benchmarks)
{
    var watch = Stopwatch.StartNew();
    try
    {
        await benchmark.RunAsync(context, cancel.Token);
    }
    catch (Exception e) when (e is IOException or InvalidDataException or ListFormatException or UnauthorizedAccessException)
    {
        // A benchmark whose data cannot be read is reported; the others still run.
        failed++;
        Console.Out.WriteLine();
        Console.Out.WriteLine($"### {benchmark.Name} — FAILED: {e.Message}");
    }
    catch (OperationCanceledException)
    {
        Console.Error.WriteLine("cancelled");
        return 130;
    }
    Console.Error.WriteLine(Fmt.Inv($"{benchmark.Name}: {watch.Elapsed.TotalSeconds:F1} s"));
}
Console.Error.WriteLine(Fmt.Inv($"total: {total.Elapsed.TotalSeconds:F1} s"));
return failed == 0 ? 0 : 1;

static bool IsDebugBuild()
{
#if DEBUG
    return true;
#else
    return false;
#endif
}
