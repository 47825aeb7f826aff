using Embargo.Evaluation.Data;
using Embargo.Evaluation.Report;

namespace Embargo.Evaluation.Benchmarks;

/// <summary>
/// Members of the US Congress (none is listed) against OFAC SDN + non-SDN + UN: the share with any match,
/// and every match, so that each false alert can be read.
/// </summary>
internal sealed class CongressBenchmark : IBenchmark
{
    private const string File = "us_congress_members.csv";
    private const int MaxMatchesShown = 30;

    public string Name => "congress";

    public async Task RunAsync(EvaluationContext context, CancellationToken ct)
    {
        var issues = new DataIssues();
        var queries = PersonQueries.Load(context.BenchPath("screening", File), null, issues);
        var index = await context.Lists.ScreeningIndexAsync(ct);
        var results = Screening.All(index, [.. queries.Select(q => q.Query)], context.ScreenOptions, issues, context.Progress, ct);
        var alerts = queries.Zip(results, (q, r) => (Query: q, Matches: r.Where(m => m.IsMatch).ToList())).ToList();

        context.Heading(
            $"congress — US Congress members ({File}) against {ListCatalog.Describe(ListCatalog.ScreeningLists)}",
            Fmt.Inv($"{alerts.Count:N0} queries; name and birth year, kind person; {context.DescribeScreenOptions()}."),
            "queries with any match ≤ 1 %.");
        var table = new TextTable().Left("slice").Right("queries").Right("with any match").Right("share");
        foreach (var (slice, items) in Slices.Group(alerts, a => Slices.Of(
                     ("name parts", Scripts.TokenBucket(a.Query.FullName)),
                     ("initial", a.Query.FullName.Contains('.', StringComparison.Ordinal) ? "with" : "without"))))
        {
            var flagged = items.Count(a => a.Matches.Count > 0);
            table.Add(slice, Fmt.Count(items.Count), Fmt.Count(flagged), Fmt.Percent(flagged, items.Count));
        }
        table.WriteTo(context.Output);

        var matches = alerts.SelectMany(a => a.Matches.Select(m => (a.Query, Match: m))).OrderByDescending(h => h.Match.Score).ToList();
        if (matches.Count > 0)
        {
            context.Caption(Fmt.Inv($"Matches: {matches.Count} (shown {Math.Min(matches.Count, MaxMatchesShown)}, highest score first):"));
            var list = new TextTable().Left("query").Left("born").Left("entity").Left("matched name").Right("score");
            foreach (var (query, match) in matches.Take(MaxMatchesShown))
                list.Add(query.FullName, query.Query.BirthDate?.ToString() ?? "", match.Entry.Id, match.MatchedName.Full, Fmt.Score(match.Score));
            list.WriteTo(context.Output);
        }
        issues.WriteTo(context.Output);
    }
}
