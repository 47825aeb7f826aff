using Embargo.Core.Model;
using Embargo.Matching.Explain;

namespace Embargo.Matching;

/// <summary>
/// Scores two names against each other with the same features as screening (names only). Token rarity
/// comes from the given index when there is one (the active lists), else every token weighs the same.
/// </summary>
public static class NameComparer
{
    public static PairComparison Compare(string name1, string name2, EntityKind kind = EntityKind.Unknown,
        double threshold = Tuning.DefaultThreshold, ScreeningIndex? statistics = null)
    {
        var entry = new ListEntry
        {
            Id = "compare:1", Source = "compare", SourceId = "1", Kind = kind, Name = new EntryName { Full = name2 },
        };
        var index = ScreeningIndex.Build([entry], statistics);
        var query = new MatchQuery { Name = name1, Kind = kind == EntityKind.Unknown ? null : kind };
        var (score, explanation) = index.ScoreAgainst(query, 0);
        return new PairComparison(score, score >= threshold, explanation);
    }
}
