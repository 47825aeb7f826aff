using Embargo.Core.Snapshots;
using Embargo.Matching;
using Embargo.Matching.Explain;

namespace Embargo.Hosting.Output;

/// <summary>The JSON shapes of screening and comparison, shared by the CLI and the server (field names are part of the interface).</summary>
public static class MatchJson
{
    public static object Screen(MatchQuery query, MatchOptions options, IReadOnlyList<ListSnapshot> snapshots, IReadOnlyList<MatchResult> results, bool demo) => new
    {
        query = Query(query),
        snapshots = Snapshots(snapshots),
        demo_data = demo,
        threshold = options.Threshold,
        algorithm = ScreeningIndex.AlgorithmName,
        matches = Matches(results),
    };

    /// <summary>The list versions a decision was made against.</summary>
    public static object Snapshots(IReadOnlyList<ListSnapshot> snapshots) => snapshots.Select(s => new { source = s.Source, version = s.Version });

    public static IEnumerable<object> Matches(IReadOnlyList<MatchResult> results) => results.Select(Match);

    /// <summary>One result as <c>matches[]</c> holds it; batch output writes the same object per record.</summary>
    public static object Match(MatchResult r) => new
    {
        entity_id = r.Entry.Id,
        source = r.Entry.Source,
        source_id = r.Entry.SourceId,
        kind = r.Entry.Kind,
        name = r.Entry.Name.Full,
        matched_name = r.MatchedName.Full,
        score = Math.Round(r.Score, 3),
        match = r.IsMatch,
        programs = r.Entry.Programs,
        explanation = Explanation(r.Explanation),
    };

    public static object Compare(PairComparison result) => new
    {
        score = Math.Round(result.Score, 3),
        match = result.IsMatch,
        explanation = Explanation(result.Explanation),
    };

    /// <summary>The query as screening outputs echo it.</summary>
    public static object Query(MatchQuery q) => new
    {
        name = q.Name,
        kind = q.Kind,
        birth_date = q.BirthDate?.ToString(),
        country = q.Country,
        id_number = q.IdNumber,
        gender = q.Gender,
    };

    /// <summary>An explanation as data; the free-text scan's mentions carry the same shape.</summary>
    public static object Explanation(MatchExplanation e) => new
    {
        query_name = e.QueryName,
        matched_name = e.MatchedName,
        alignment = e.Alignment.Select(p => new { query = p.Query, listed = p.Listed, similarity = Math.Round(p.Similarity, 3), how = p.How, weight = Math.Round(p.Weight, 3) }),
        features = e.Features.Select(f => new { id = f.Id, weight = f.Weight, value = Math.Round(f.Value, 3), contribution = Math.Round(f.Contribution, 3), detail = f.Detail }),
        score = Math.Round(e.Score, 3),
    };
}
