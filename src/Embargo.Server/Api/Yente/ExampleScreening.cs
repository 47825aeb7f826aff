using Embargo.Hosting;
using Embargo.Matching;

namespace Embargo.Server.Api.Yente;

/// <summary>
/// Screens every query of an example and keeps each entity's best result, limited to the dataset's sources.
/// Shared by yente's <c>/match</c> and the reconciliation API.
/// </summary>
internal static class ExampleScreening
{
    public static List<MatchResult> Screen(ActiveIndex index, IReadOnlyList<MatchQuery> queries, MatchOptions options, IReadOnlySet<string> sources)
    {
        var everything = sources.Count == index.Snapshots.Count;
        // A narrower dataset filters afterwards, so ask for more candidates than will be shown.
        var wide = everything ? options : options with { Limit = Math.Max(options.Limit * 4, 50) };
        var best = new Dictionary<string, MatchResult>(StringComparer.Ordinal);
        foreach (var query in queries)
        {
            foreach (var result in index.Index.Screen(query, wide))
            {
                if (!everything && !sources.Contains(result.Entry.Source)) continue;
                if (!best.TryGetValue(result.Entry.Id, out var known) || result.Score > known.Score) best[result.Entry.Id] = result;
            }
        }
        var ordered = best.Values.ToList();
        ordered.Sort(static (a, b) => b.Score.CompareTo(a.Score));
        if (ordered.Count > options.Limit) ordered.RemoveRange(options.Limit, ordered.Count - options.Limit);
        return ordered;
    }
}
