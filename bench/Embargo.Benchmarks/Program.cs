using Embargo.Benchmarks;

// Usage: dotnet run -c Release --project bench/Embargo.Benchmarks -- import [--runs N]
var command = args.Length > 0 ? args[0] : "import";
var runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(int.Parse).FirstOrDefault(3);
return command switch
{
    "import" => await ImportBenchmark.RunAsync(runs),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Embargo.Benchmarks import [--runs N]");
    return 2;
}
