using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Embargo.MicroBenchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
