using Embargo.Core.Model;
using Embargo.Matching.Explain;

namespace Embargo.Matching;

/// <summary>Scores two names against each other, with the same features as screening (names only).</summary>
public static class NameComparer
{
    public static PairComparison Compare(string name1, string name2, EntityKind kind = EntityKind.Unknown, double threshold = Tuning.DefaultThreshold)
    {
        var entry = new ListEntry
        {
            Id = "compare:1", Source = "compare", SourceId = "1", Kind = kind, Name = new EntryName { Full = name2 },
        };
        var result = ScreeningIndex.Build([entry]).Screen(new MatchQuery { Name = name1, Kind = kind == EntityKind.Unknown ? null : kind },
            new MatchOptions { Threshold = threshold, Cutoff = 0, Exhaustive = true, Limit = 1 });
        return result.Count == 0
            ? new PairComparison(0, false, new MatchExplanation(name1, name2, [], [], 0))
            : new PairComparison(result[0].Score, result[0].IsMatch, result[0].Explanation);
    }
}
