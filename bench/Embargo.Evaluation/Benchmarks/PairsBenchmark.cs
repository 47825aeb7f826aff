using Embargo.Core.Model;
using Embargo.Evaluation.Data;
using Embargo.Evaluation.Report;

namespace Embargo.Evaluation.Benchmarks;

/// <summary>
/// Pairwise precision, recall and F1 of <see cref="Matching.NameComparer"/> on the labelled name pairs
/// (cases-dev.csv), overall and per schema, case group, quality and category; with --sweep, at every threshold
/// from 0.50 to 0.95. Lists the false positives and negatives so that a developer sees the failures.
/// </summary>
internal sealed class PairsBenchmark : IBenchmark
{
    private const int MaxFailureLines = 40;
    private const int MinCategoryPairs = 5;
    private static readonly string[] Columns = ["case_group", "schema", "name1", "name2", "is_match", "quality", "category"];

    public string Name => "pairs";

    public Task RunAsync(EvaluationContext context, CancellationToken ct)
    {
        var issues = new DataIssues();
        var path = context.BenchPath("name-pairs", "cases-dev.csv");
        var cases = Load(path, issues);
        var threshold = context.Options.Threshold;
        var results = Screening.CompareAll([.. cases.Select(c => (c.Name1, c.Name2, c.Kind))], threshold, issues, ct);
        var scored = cases.Zip(results, (c, r) => new ScoredPair(c, r.Score, r.IsMatch)).ToList();

        context.Heading(
            "pairs — name pairs (cases-dev.csv)",
            Fmt.Inv($"{scored.Count} pairs ({scored.Count(p => p.Case.Expected)} matches), NameComparer.Compare(name1, name2, kind) at threshold {threshold:F2}."),
            "F1 ≥ 0.92 and precision ≥ 0.90 at the default threshold (yente logic-v2 ≈ 0.81 F1).");
        WriteConfusionTable(context.Output, scored);
        if (context.Options.Sweep) WriteSweep(context, scored);
        WriteFailures(context, scored, threshold);
        if (context.Options.FailuresDirectory is { } directory) WriteEveryPair(directory, scored);
        issues.WriteTo(context.Output);
        return Task.CompletedTask;
    }

    private static List<PairCase> Load(string path, DataIssues issues)
    {
        var cases = new List<PairCase>();
        var unknownSchemas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in CsvFile.Read(path, Columns, issues))
        {
            var (name1, name2) = (row.Optional("name1"), row.Optional("name2"));
            if (name1 is null || name2 is null)
            {
                issues.Report(path, row.Line, "empty name1 or name2; row skipped");
                continue;
            }
            bool expected;
            if (string.Equals(row["is_match"].Trim(), "true", StringComparison.OrdinalIgnoreCase)) expected = true;
            else if (string.Equals(row["is_match"].Trim(), "false", StringComparison.OrdinalIgnoreCase)) expected = false;
            else
            {
                issues.Report(path, row.Line, $"is_match '{row["is_match"]}' is neither true nor false; row skipped");
                continue;
            }
            var schema = row["schema"].Trim();
            if (!Schemas.TryKind(schema, out var kind) && unknownSchemas.Add(schema))
                issues.Report(path, row.Line, $"schema '{schema}' has no entity kind; compared as Unknown (first of its rows)");
            cases.Add(new PairCase(row.Line, row["case_group"].Trim(), schema, kind, name1, name2, expected,
                row["quality"].Trim(), row["category"].Trim()));
        }
        return cases;
    }

    private static void WriteConfusionTable(TextWriter output, List<ScoredPair> scored)
    {
        var bigCategories = scored.GroupBy(p => p.Case.Category, StringComparer.Ordinal)
            .Where(g => g.Count() >= MinCategoryPairs).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var table = new TextTable().Left("slice").Right("pairs").Right("TP").Right("FP").Right("FN").Right("TN")
            .Right("precision").Right("recall").Right("F1");
        foreach (var (slice, pairs) in Slices.Group(scored, p => Slices.Of(
                     ("schema", p.Case.Schema), ("kind", p.Case.Kind.ToString()), ("group", p.Case.Group), ("quality", p.Case.Quality),
                     ("category", p.Case.Category.Length == 0 ? "(none)" : bigCategories.Contains(p.Case.Category) ? p.Case.Category : "(other, < 5 pairs each)"))))
        {
            var confusion = new Confusion();
            foreach (var pair in pairs) confusion.Add(pair.Case.Expected, pair.IsMatch);
            table.Add(slice, Fmt.Count(pairs.Count), Fmt.Count(confusion.TruePositives), Fmt.Count(confusion.FalsePositives),
                Fmt.Count(confusion.FalseNegatives), Fmt.Count(confusion.TrueNegatives),
                Fmt.Ratio(confusion.Precision), Fmt.Ratio(confusion.Recall), Fmt.Ratio(confusion.F1));
        }
        table.WriteTo(output);
    }

    private static void WriteSweep(EvaluationContext context, List<ScoredPair> scored)
    {
        var kinds = scored.Select(p => p.Case.Kind).Distinct().Order().ToList();
        var table = new TextTable().Right("threshold").Right("precision").Right("recall").Right("F1").Right("FP").Right("FN");
        foreach (var kind in kinds) table.Right("F1 " + kind);
        (double Threshold, double F1)? best = null, bestPrecise = null;
        for (var cents = 50; cents <= 95; cents++)
        {
            var threshold = cents / 100.0;
            var overall = Confusion(scored, threshold);
            var cells = new List<string>
            {
                Fmt.Threshold(threshold), Fmt.Ratio(overall.Precision), Fmt.Ratio(overall.Recall), Fmt.Ratio(overall.F1),
                Fmt.Count(overall.FalsePositives), Fmt.Count(overall.FalseNegatives),
            };
            cells.AddRange(kinds.Select(k => Fmt.Ratio(Confusion(scored.Where(p => p.Case.Kind == k), threshold).F1)));
            table.Add([.. cells]);
            var f1 = overall.F1 ?? 0;
            if (best is null || f1 > best.Value.F1) best = (threshold, f1);
            if (overall.Precision >= 0.90 && (bestPrecise is null || f1 > bestPrecise.Value.F1)) bestPrecise = (threshold, f1);
        }
        context.Caption("Threshold sweep (score ≥ threshold counts as a match):");
        table.WriteTo(context.Output);
        context.Output.WriteLine();
        context.Output.WriteLine(Fmt.Inv($"Best F1: {best!.Value.F1:F3} at threshold {best.Value.Threshold:F2}."));
        context.Output.WriteLine(bestPrecise is { } p
            ? Fmt.Inv($"Best F1 with precision ≥ 0.90: {p.F1:F3} at threshold {p.Threshold:F2}.")
            : "No threshold from 0.50 to 0.95 reaches precision 0.90.");
    }

    private static Confusion Confusion(IEnumerable<ScoredPair> pairs, double threshold)
    {
        var confusion = new Confusion();
        foreach (var pair in pairs) confusion.Add(pair.Case.Expected, pair.Score >= threshold);
        return confusion;
    }

    private static void WriteFailures(EvaluationContext context, List<ScoredPair> scored, double threshold)
    {
        // Worst first: the highest-scoring false positives and the lowest-scoring false negatives.
        var falsePositives = scored.Where(p => p.IsMatch && !p.Case.Expected).OrderByDescending(p => p.Score).ToList();
        var falseNegatives = scored.Where(p => !p.IsMatch && p.Case.Expected).OrderBy(p => p.Score).ToList();
        if (falsePositives.Count + falseNegatives.Count == 0) return;
        var fpShown = Math.Min(falsePositives.Count, Math.Max(MaxFailureLines / 2, MaxFailureLines - falseNegatives.Count));
        var fnShown = Math.Min(falseNegatives.Count, MaxFailureLines - fpShown);
        context.Caption(Fmt.Inv(
            $"Failures at threshold {threshold:F2}: {falsePositives.Count} false positives (shown {fpShown}, highest score first), {falseNegatives.Count} false negatives (shown {fnShown}, lowest first):"));
        var table = new TextTable().Left("error").Right("score").Left("schema").Left("group").Left("name1").Left("name2");
        foreach (var pair in falsePositives.Take(fpShown)) table.Add("FP", Fmt.Score(pair.Score), pair.Case.Schema, pair.Case.Group, pair.Case.Name1, pair.Case.Name2);
        foreach (var pair in falseNegatives.Take(fnShown)) table.Add("FN", Fmt.Score(pair.Score), pair.Case.Schema, pair.Case.Group, pair.Case.Name1, pair.Case.Name2);
        table.WriteTo(context.Output);
    }

    /// <summary>Every pair with its label and score (pairs.tsv), so that a change's effect on the true negatives shows too.</summary>
    private static void WriteEveryPair(string directory, List<ScoredPair> scored)
    {
        Directory.CreateDirectory(directory);
        using var writer = new StreamWriter(Path.Combine(directory, "pairs.tsv"));
        writer.WriteLine("line\toutcome\tscore\tschema\tgroup\tname1\tname2");
        foreach (var pair in scored.OrderBy(p => p.Case.Line))
        {
            var outcome = (pair.Case.Expected, pair.IsMatch) switch { (true, true) => "TP", (false, true) => "FP", (true, false) => "FN", _ => "TN" };
            writer.WriteLine(Fmt.Inv($"{pair.Case.Line}\t{outcome}\t{pair.Score:F3}\t{pair.Case.Schema}\t{pair.Case.Group}\t{pair.Case.Name1}\t{pair.Case.Name2}"));
        }
    }

    private sealed record PairCase(
        long Line, string Group, string Schema, EntityKind Kind, string Name1, string Name2, bool Expected, string Quality, string Category);

    private sealed record ScoredPair(PairCase Case, double Score, bool IsMatch);
}
