using System.Globalization;
using Embargo.Matching;

namespace Embargo.Evaluation;

/// <summary>The command line: which benchmarks, at which threshold, and how many queries.</summary>
internal sealed record EvaluationOptions
{
    public const int DefaultSpeedQueries = 20_000;

    public const string Usage = """
        usage: dotnet run -c Release --project bench/Embargo.Evaluation -- [BENCH...] [options]

        benchmarks (default: all):
          pairs              name pairs (cases-dev.csv): precision, recall, F1
          un-untreated       UN positives against the UN list
          un-treated         UN positives with typos and reordering against the UN list
          negatives-global   50,000 synthetic people against OFAC SDN + non-SDN + UN
          negatives-us       50,000 synthetic people (US mix) against the same lists
          congress           US Congress members against the same lists
          translit           native script against Latin (he, ko, ru, ar, zh)
          index              candidate index against --exhaustive: same top match, speed ratio
          speed              one screen's latency, index build time and memory
          un, negatives      both of the pair; all = every benchmark

        options:
          --threshold T        match threshold (default: the engine's default)
          --sweep              pairs: also every threshold from 0.50 to 0.95
          --limit N            negatives: screen the first N queries of each file (default: all)
          --speed-queries N    speed: queries timed (default 20,000)
          --slowest N          speed: also list the N slowest queries (time, script, tokens, matches)
          --failures DIR       translit: every miss and shuffled match with its alignment; negatives: every alert;
                               pairs: every pair with its score; to DIR
        """;

    public IReadOnlyList<string> Benchmarks { get; init; } = [];
    public double Threshold { get; init; } = MatchOptions.Default.Threshold;
    public bool Sweep { get; init; }
    public int? Limit { get; init; }
    public int SpeedQueries { get; init; } = DefaultSpeedQueries;

    /// <summary>How many of the slowest speed queries to list (0: none).</summary>
    public int Slowest { get; init; }

    /// <summary>Where the translit and negatives benchmarks write their failures (one TSV per file), or null.</summary>
    public string? FailuresDirectory { get; init; }

    /// <summary>Parses the arguments; null (with the reason written to <paramref name="error"/>) when they are wrong.</summary>
    public static EvaluationOptions? Parse(IReadOnlyList<string> args, TextWriter error)
    {
        var options = new EvaluationOptions();
        var benchmarks = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--sweep":
                    options = options with { Sweep = true };
                    break;
                case "--threshold":
                    if (!TryNumber(args, ++i, out var threshold) || threshold is < 0 or > 1)
                        return Fail(error, "--threshold needs a number from 0 to 1");
                    options = options with { Threshold = threshold };
                    break;
                case "--limit":
                    if (!TryCount(args, ++i, out var limit)) return Fail(error, "--limit needs a positive whole number");
                    options = options with { Limit = limit };
                    break;
                case "--speed-queries":
                    if (!TryCount(args, ++i, out var speed)) return Fail(error, "--speed-queries needs a positive whole number");
                    options = options with { SpeedQueries = speed };
                    break;
                case "--slowest":
                    if (!TryCount(args, ++i, out var slowest)) return Fail(error, "--slowest needs a positive whole number");
                    options = options with { Slowest = slowest };
                    break;
                case "--failures":
                    if (++i >= args.Count) return Fail(error, "--failures needs a directory");
                    options = options with { FailuresDirectory = args[i] };
                    break;
                case "-h" or "--help":
                    return Fail(error, null);
                default:
                    if (arg.StartsWith('-')) return Fail(error, $"unknown option {arg}");
                    benchmarks.Add(arg);
                    break;
            }
        }
        return options with { Benchmarks = benchmarks.Count == 0 ? ["all"] : benchmarks };
    }

    private static bool TryNumber(IReadOnlyList<string> args, int i, out double value)
    {
        value = 0;
        return i < args.Count && double.TryParse(args[i], NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryCount(IReadOnlyList<string> args, int i, out int value)
    {
        value = 0;
        return i < args.Count && int.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
    }

    private static EvaluationOptions? Fail(TextWriter error, string? message)
    {
        if (message is not null) error.WriteLine(message);
        error.WriteLine(Usage);
        return null;
    }
}
