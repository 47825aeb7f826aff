using System.Text.RegularExpressions;
using Embargo.Core.Model;
using Embargo.Evaluation.Data;
using Embargo.Evaluation.Report;
using Embargo.Matching;

namespace Embargo.Evaluation.Benchmarks;

/// <summary>
/// UN-listed people screened against the UN list: is the gold entity ranked first, matched (a result at or above
/// the threshold), or in the results at all? The treated file is the untreated one damaged (typos, reordering,
/// shifted dates); its rows are also sliced by what was damaged, found by comparing the two files.
/// </summary>
internal sealed partial class UnPositivesBenchmark(string name, string file, string goal) : IBenchmark
{
    private const string UntreatedFile = "un_positives_untreated.csv";
    private const int MaxMisses = 25;

    public string Name => name;

    public async Task RunAsync(EvaluationContext context, CancellationToken ct)
    {
        var issues = new DataIssues();
        var queries = UnPositiveQueries.Load(context.BenchPath("screening", file), issues);
        var damage = string.Equals(file, UntreatedFile, StringComparison.Ordinal)
            ? null
            : Damage(queries, UnPositiveQueries.Load(context.BenchPath("screening", UntreatedFile), new DataIssues()));
        var entries = (await context.Lists.LoadAsync(ListCatalog.Un, ct)).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var index = await context.Lists.UnIndexAsync(ct);

        // Gold that is not on this list (delisted since the benchmark was made) cannot be found: set aside.
        var scorable = new List<UnPositiveQuery>();
        foreach (var query in queries)
        {
            if (query.GoldIds.Count > 0 && query.GoldIds.Any(entries.ContainsKey)) scorable.Add(query);
            else issues.Report(file, query.Line, query.GoldIds.Count == 0
                ? $"{query.QueryId} {query.FullName}: no gold id (not on the list); not counted"
                : $"{query.QueryId} {query.FullName}: gold {string.Join(" ", query.GoldIds)} not on the list; not counted");
        }
        var results = Screening.All(index, [.. scorable.Select(q => q.Query)], context.ScreenOptions, issues, context.Progress, ct);
        var outcomes = scorable.Zip(results, (q, r) => new Outcome(q, r)).ToList();

        context.Heading(
            $"{name} — UN positives ({file}) against the UN list",
            Fmt.Inv($"{outcomes.Count} queries with a gold entity on the list ({queries.Count - outcomes.Count} set aside), {entries.Count:N0} entities; name, date of birth, nationality, kind person; {context.DescribeScreenOptions()}."),
            goal);
        var table = new TextTable().Left("slice").Right("queries").Right("gold ranked first").Right("gold matched").Right("gold in results");
        foreach (var (slice, items) in Slices.Group(outcomes, o => SlicesOf(o, damage)))
        {
            table.Add(slice, Fmt.Count(items.Count),
                Fmt.Percent(items.Count(o => o.RankedFirst), items.Count),
                Fmt.Percent(items.Count(o => o.Matched), items.Count),
                Fmt.Percent(items.Count(o => o.InResults), items.Count));
        }
        table.WriteTo(context.Output);
        WriteMisses(context, outcomes, entries);
        issues.WriteTo(context.Output);
    }

    private static IEnumerable<string> SlicesOf(Outcome outcome, IReadOnlyDictionary<string, string[]>? damage)
    {
        var query = outcome.Query;
        var dimensions = new List<(string, string)>
        {
            ("date of birth", query.DateUnreadable ? "unreadable" : BenchDates.Precision(query.Query.BirthDate)),
            ("nationality", query.Query.Country is null ? "none" : "given"),
            ("name parts", Scripts.TokenBucket(query.FullName)),
        };
        if (damage is not null && damage.TryGetValue(query.QueryId, out var what))
            dimensions.AddRange(what.Select(w => ("damage", w)));
        return Slices.Of([.. dimensions]);
    }

    /// <summary>For each treated query, what differs from the untreated one: name reordered or edited, date, nationality.</summary>
    private static Dictionary<string, string[]> Damage(IReadOnlyList<UnPositiveQuery> treated, IReadOnlyList<UnPositiveQuery> untreated)
    {
        var originals = untreated.GroupBy(q => q.QueryId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var damage = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var query in treated)
        {
            if (!originals.TryGetValue(query.QueryId, out var original)) continue;
            var what = new List<string>();
            if (!string.Equals(query.FullName, original.FullName, StringComparison.Ordinal))
                what.Add(Words(query.FullName).SequenceEqual(Words(original.FullName)) ? "name reordered" : "name edited");
            if (!string.Equals(query.DateText, original.DateText, StringComparison.Ordinal))
                what.Add(query.Query.BirthDate is { } date && date == original.Query.BirthDate ? "date of birth reformatted" : "date of birth changed");
            if (!string.Equals(query.Nationality, original.Nationality, StringComparison.Ordinal)) what.Add("nationality changed");
            damage[query.QueryId] = what.Count == 0 ? ["none"] : [.. what];
        }
        return damage;
    }

    private static IEnumerable<string> Words(string name) =>
        WordPattern().Matches(name.ToUpperInvariant()).Select(m => m.Value).Order(StringComparer.Ordinal);

    private void WriteMisses(EvaluationContext context, List<Outcome> outcomes, Dictionary<string, ListEntry> entries)
    {
        // Not in the results at all first, then found but not a match, then matched but outranked.
        var misses = outcomes.Where(o => !o.RankedFirst)
            .OrderBy(o => o.InResults).ThenBy(o => o.Matched).ThenBy(o => o.Query.QueryId, StringComparer.Ordinal).ToList();
        if (misses.Count == 0) return;
        context.Caption(Fmt.Inv($"Gold not ranked first: {misses.Count} (shown {Math.Min(misses.Count, MaxMisses)}):"));
        var table = new TextTable().Left("query").Left("name").Left("born").Left("cc").Left("gold (primary name)").Right("gold score")
            .Left("ranked first instead").Right("score");
        foreach (var miss in misses.Take(MaxMisses))
        {
            var gold = miss.Results.FirstOrDefault(r => miss.Query.GoldIds.Contains(r.Entry.Id));
            var goldEntry = entries[miss.Query.GoldIds.First(entries.ContainsKey)];
            var top = miss.Results.Count > 0 ? miss.Results[0] : null;
            table.Add(miss.Query.QueryId, miss.Query.FullName, miss.Query.DateText, miss.Query.Nationality,
                goldEntry.Name.Full, gold is null ? "not in results" : Fmt.Score(gold.Score),
                top is null ? "(nothing)" : $"{top.MatchedName.Full} ({top.Entry.Id})", top is null ? Fmt.None : Fmt.Score(top.Score));
        }
        table.WriteTo(context.Output);
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordPattern();

    private sealed record Outcome(UnPositiveQuery Query, IReadOnlyList<MatchResult> Results)
    {
        public bool RankedFirst => Results.Count > 0 && Query.GoldIds.Contains(Results[0].Entry.Id);
        public bool Matched => Results.Any(r => r.IsMatch && Query.GoldIds.Contains(r.Entry.Id));
        public bool InResults => Results.Any(r => Query.GoldIds.Contains(r.Entry.Id));
    }
}
