using Embargo.Evaluation.Data;
using Embargo.Evaluation.Report;
using Embargo.Matching;

namespace Embargo.Evaluation.Benchmarks;

/// <summary>
/// Synthetic people designed not to be listed, screened on every core against OFAC SDN + non-SDN + UN: the
/// share with any match (a false alert), per script and gender, and the entities and names that flood.
/// </summary>
internal sealed class NegativesBenchmark(string name, string file) : IBenchmark
{
    private const int TopShown = 15;

    public string Name => name;

    public async Task RunAsync(EvaluationContext context, CancellationToken ct)
    {
        var issues = new DataIssues();
        var queries = PersonQueries.Load(context.BenchPath("screening", file), context.Options.Limit, issues);
        var index = await context.Lists.ScreeningIndexAsync(ct);
        var results = Screening.All(index, [.. queries.Select(q => q.Query)], context.ScreenOptions, issues, context.Progress, ct);
        var alerts = queries.Zip(results, (q, r) => new Alerts(q, [.. r.Where(m => m.IsMatch)])).ToList();

        context.Heading(
            $"{name} — synthetic negatives ({file}) against {ListCatalog.Describe(ListCatalog.ScreeningLists)}",
            Fmt.Inv($"{alerts.Count:N0} queries{(context.Options.Limit is int l ? $" (--limit {l})" : "")}; name, date of birth, nationality, gender, kind person; {context.DescribeScreenOptions()}."),
            "queries with any match ≤ 0.5 % (on 100,000: both negatives files).");
        var table = new TextTable().Left("slice").Right("queries").Right("with any match").Right("share");
        foreach (var (slice, items) in Slices.Group(alerts, a => Slices.Of(("script", Scripts.Of(a.Query.FullName)), ("gender", a.Query.Gender ?? "(none)"))))
        {
            var flagged = items.Count(a => a.Matches.Count > 0);
            table.Add(slice, Fmt.Count(items.Count), Fmt.Count(flagged), Fmt.Percent(flagged, items.Count));
        }
        table.WriteTo(context.Output);
        WriteFloods(context, alerts);
        if (context.Options.FailuresDirectory is { } failures) WriteAlerts(failures, alerts);
        issues.WriteTo(context.Output);
    }

    /// <summary>Every alert, one per line (query, matched name, entity, score), for --failures.</summary>
    private void WriteAlerts(string directory, List<Alerts> alerts)
    {
        Directory.CreateDirectory(directory);
        using var writer = new StreamWriter(Path.Combine(directory, name + ".alerts.tsv"));
        writer.WriteLine("query\tscript\tmatched_name\tentity\tscore");
        foreach (var alert in alerts)
        {
            foreach (var match in alert.Matches)
            {
                writer.WriteLine(Fmt.Inv($"{alert.Query.FullName}\t{Scripts.Of(alert.Query.FullName)}\t{match.MatchedName.Full}\t{match.Entry.Id}\t{match.Score:F3}"));
            }
        }
    }

    private static void WriteFloods(EvaluationContext context, List<Alerts> alerts)
    {
        var hits = alerts.SelectMany(a => a.Matches.Select(m => (a.Query, Match: m))).ToList();
        if (hits.Count == 0) return;

        context.Caption(Fmt.Inv($"Entities matched most often (top {TopShown} of {hits.Select(h => h.Match.Entry.Id).Distinct(StringComparer.Ordinal).Count()}):"));
        var entities = new TextTable().Left("entity").Left("kind").Left("primary name").Right("queries").Left("example query").Left("matched name").Right("score");
        foreach (var group in hits.GroupBy(h => h.Match.Entry.Id, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(TopShown))
        {
            var (query, match) = group.MaxBy(h => h.Match.Score);
            entities.Add(group.Key, match.Entry.Kind.ToString(), match.Entry.Name.Full, Fmt.Count(group.Count()), query.FullName, match.MatchedName.Full, Fmt.Score(match.Score));
        }
        entities.WriteTo(context.Output);

        context.Caption(Fmt.Inv($"Listed names matched most often (top {TopShown}):"));
        var names = new TextTable().Left("matched name").Left("entity").Right("queries").Left("example query").Right("score");
        foreach (var group in hits.GroupBy(h => (h.Match.Entry.Id, h.Match.MatchedName.Full)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Full, StringComparer.Ordinal).Take(TopShown))
        {
            var (query, match) = group.MaxBy(h => h.Match.Score);
            names.Add(group.Key.Full, group.Key.Id, Fmt.Count(group.Count()), query.FullName, Fmt.Score(match.Score));
        }
        names.WriteTo(context.Output);
    }

    private sealed record Alerts(PersonQuery Query, IReadOnlyList<MatchResult> Matches);
}
