using Embargo.Benchmarks;

// Usage: dotnet run -c Release --project bench/Embargo.Benchmarks -- import [--runs N] [--store postgres://user@host:port/db]
//        dotnet run -c Release --project bench/Embargo.Benchmarks -- batch --data-dir D --input FILE [--screen-only]
//        dotnet run -c Release --project bench/Embargo.Benchmarks -- scan [--mb N] [--mentions FILE]
//        dotnet run -c Release --project bench/Embargo.Benchmarks -- monitor [--listed N] [--store postgres://user@host:port/db]
//        dotnet run -c Release --project bench/Embargo.Benchmarks -- monitor-names
//        dotnet run -c Release --project bench/Embargo.Benchmarks -- pages [--requests N]
var command = args.Length > 0 ? args[0] : "import";
var runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(int.Parse).FirstOrDefault(3);
var megabytes = args.SkipWhile(a => a != "--mb").Skip(1).Select(int.Parse).FirstOrDefault(50);
return command switch
{
    "import" => await ImportBenchmark.RunAsync(runs, args.SkipWhile(a => a != "--store").Skip(1).FirstOrDefault()),
    "batch" => await BatchBenchmark.RunAsync(Value("--data-dir"), Value("--input"), args.Contains("--screen-only")),
    "scan" => ScanBenchmark.Run(megabytes, args.SkipWhile(a => a != "--mentions").Skip(1).FirstOrDefault()),
    "monitor-names" => await MonitorNamesBenchmark.RunAsync(),
    "monitor" => await MonitorBenchmark.RunAsync(args.SkipWhile(a => a != "--listed").Skip(1).Select(int.Parse).FirstOrDefault(1000),
        args.SkipWhile(a => a != "--store").Skip(1).FirstOrDefault()),
    "pages" => await PagesBenchmark.RunAsync(args.SkipWhile(a => a != "--requests").Skip(1).Select(int.Parse).FirstOrDefault(200)),
    _ => Usage(),
};

string Value(string option) =>
    args.SkipWhile(a => a != option).Skip(1).FirstOrDefault() ?? throw new ArgumentException($"{option} is required");

static int Usage()
{
    Console.Error.WriteLine("usage: Embargo.Benchmarks import [--runs N] [--store POSTGRES] | batch --data-dir D --input FILE [--screen-only] | scan [--mb N] [--mentions FILE] | monitor [--listed N] [--store POSTGRES] | monitor-names | pages [--requests N]");
    return 2;
}
