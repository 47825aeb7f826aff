using Embargo.Benchmarks;

// Usage: dotnet run -c Release --project bench/Embargo.Benchmarks -- import [--runs N]
//        dotnet run -c Release --project bench/Embargo.Benchmarks -- scan [--mb N]
var command = args.Length > 0 ? args[0] : "import";
var runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(int.Parse).FirstOrDefault(3);
var megabytes = args.SkipWhile(a => a != "--mb").Skip(1).Select(int.Parse).FirstOrDefault(50);
return command switch
{
    "import" => await ImportBenchmark.RunAsync(runs),
    "scan" => ScanBenchmark.Run(megabytes),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Embargo.Benchmarks import [--runs N] | scan [--mb N]");
    return 2;
}
