using Embargo.Core.Model;
using Embargo.Evaluation.Data;
using Embargo.Evaluation.Report;
using Embargo.Matching;
using Embargo.Matching.Text;

namespace Embargo.Evaluation.Benchmarks;

/// <summary>
/// Cross-script recall: NameComparer.Compare(native, latin) at the threshold for each Wikidata pair, and the
/// share of shuffled pairs (each native with another row's Latin, a fixed-seed derangement) kept under it.
/// </summary>
internal sealed class TranslitBenchmark : IBenchmark
{
    private const int Seed = 20261122;
    private const int SamplesPerFile = 5;
    private static readonly string[] Columns = ["latin", "native"];

    private static readonly (string File, string Goal)[] Files =
    [
        ("he-fullnames.tsv", "≥ 95 %"), ("ko-fullnames.tsv", "≥ 95 %"), ("ru-tokens.tsv", "≥ 95 %"),
        ("ar-tokens.tsv", "≥ 95 %"), ("zh-tokens.tsv", "≥ 85 %"),
    ];

    public string Name => "translit";

    public Task RunAsync(EvaluationContext context, CancellationToken ct)
    {
        var issues = new DataIssues();
        var threshold = context.Options.Threshold;
        var table = new TextTable().Left("file").Left("script").Right("pairs").Right("native matches latin").Right("goal")
            .Right("shuffled pairs").Right("shuffled under threshold");
        var samples = new List<(string File, string Kind, string Native, string Latin, double Score)>();
        foreach (var (file, goal) in Files)
        {
            var path = context.BenchPath("translit", file);
            if (!File.Exists(path))
            {
                issues.Report($"{file}: missing; skipped");
                continue;
            }
            var pairs = Load(path, issues);
            var shuffled = Shuffle(pairs);
            var matched = Screening.CompareAll([.. pairs.Select(p => (p.Native, p.Latin, EntityKind.Person))], threshold, issues, ct);
            var crossed = Screening.CompareAll([.. shuffled.Select(p => (p.Native, p.Latin, EntityKind.Person))], threshold, issues, ct);
            var recalled = matched.Count(r => r.IsMatch);
            var rejected = crossed.Count(r => !r.IsMatch);
            table.Add(file, pairs.Count == 0 ? Fmt.None : Scripts.Of(pairs[0].Native), Fmt.Count(pairs.Count),
                Fmt.Percent(recalled, pairs.Count), goal, Fmt.Count(shuffled.Count), Fmt.Percent(rejected, shuffled.Count));
            if (context.Options.FailuresDirectory is { } failures) WriteFailures(failures, file, pairs, matched, shuffled, crossed);
            samples.AddRange(pairs.Zip(matched).Where(x => !x.Second.IsMatch).Take(SamplesPerFile)
                .Select(x => (file, "missed", x.First.Native, x.First.Latin, x.Second.Score)));
            samples.AddRange(shuffled.Zip(crossed).Where(x => x.Second.IsMatch).Take(SamplesPerFile)
                .Select(x => (file, "shuffled but matched", x.First.Native, x.First.Latin, x.Second.Score)));
        }

        context.Heading(
            "translit — native script against Latin (Wikidata pairs)",
            Fmt.Inv($"NameComparer.Compare(native, latin, person) ≥ {threshold:F2}; shuffled: each native against another row's Latin (seed {Seed}), rows sharing a name left out."),
            "native matches Latin ≥ 95 % (he, ko full names; ru, ar tokens), zh tokens ≥ 85 %; shuffled pairs under the threshold ≥ 99 %.");
        table.WriteTo(context.Output);
        if (samples.Count > 0)
        {
            context.Caption(Fmt.Inv($"Examples (first {SamplesPerFile} of each kind per file):"));
            var list = new TextTable().Left("file").Left("error").Left("native").Left("latin").Right("score");
            foreach (var s in samples) list.Add(s.File, s.Kind, s.Native, s.Latin, Fmt.Score(s.Score));
            list.WriteTo(context.Output);
        }
        issues.WriteTo(context.Output);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Every miss and every shuffled pair that matched, one per line: native, Latin, score, and the alignment as
    /// query~listed:similarity:how, so that the failures can be sorted by kind; and every pair, matched or not, beside them.
    /// </summary>
    private static void WriteFailures(string directory, string file, List<(string Latin, string Native)> pairs, PairComparison[] matched,
        List<(string Latin, string Native)> shuffled, PairComparison[] crossed)
    {
        Directory.CreateDirectory(directory);
        var name = Path.GetFileNameWithoutExtension(file);
        using var writer = new StreamWriter(Path.Combine(directory, name + ".failures.tsv"));
        using var all = new StreamWriter(Path.Combine(directory, name + ".all.tsv"));
        writer.WriteLine(Header);
        all.WriteLine(Header);
        for (var i = 0; i < pairs.Count; i++)
        {
            if (!matched[i].IsMatch) writer.WriteLine(Line("missed", pairs[i], matched[i]));
            all.WriteLine(Line(matched[i].IsMatch ? "matched" : "missed", pairs[i], matched[i]));
        }
        for (var i = 0; i < shuffled.Count; i++)
        {
            if (crossed[i].IsMatch) writer.WriteLine(Line("shuffled", shuffled[i], crossed[i]));
            all.WriteLine(Line(crossed[i].IsMatch ? "shuffled" : "rejected", shuffled[i], crossed[i]));
        }
    }

    private const string Header = "error\tnative\tlatin\tscore\tfolded\talignment";

    private static string Line(string kind, (string Latin, string Native) pair, PairComparison result) =>
        Fmt.Inv($"{kind}\t{pair.Native}\t{pair.Latin}\t{result.Score:F3}\t{NameText.Fold(pair.Native)}\t")
        + string.Join(" | ", result.Explanation.Alignment.Select(a => Fmt.Inv($"{a.Query ?? "-"}~{a.Listed ?? "-"}:{a.Similarity:F2}:{a.How}")));

    private static List<(string Latin, string Native)> Load(string path, DataIssues issues)
    {
        var pairs = new List<(string, string)>();
        foreach (var row in CsvFile.ReadTabSeparated(path, Columns, issues))
        {
            if (row.Optional("latin") is { } latin && row.Optional("native") is { } native) pairs.Add((latin, native));
            else issues.Report(path, row.Line, "empty latin or native; row skipped");
        }
        return pairs;
    }

    /// <summary>
    /// Each native with the Latin of another row, by Sattolo's shuffle (one cycle, so no row keeps its own).
    /// Rows that share a Latin or native form with their partner (the files repeat some names) are left out.
    /// </summary>
    private static List<(string Latin, string Native)> Shuffle(List<(string Latin, string Native)> pairs)
    {
        var order = Enumerable.Range(0, pairs.Count).ToArray();
        var random = new Random(Seed);
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.Next(i);
            (order[i], order[j]) = (order[j], order[i]);
        }
        var shuffled = new List<(string, string)>();
        for (var i = 0; i < pairs.Count; i++)
        {
            var donor = pairs[order[i]];
            if (string.Equals(donor.Latin, pairs[i].Latin, StringComparison.OrdinalIgnoreCase)
                || string.Equals(donor.Native, pairs[i].Native, StringComparison.Ordinal)) continue;
            shuffled.Add((donor.Latin, pairs[i].Native));
        }
        return shuffled;
    }
}
