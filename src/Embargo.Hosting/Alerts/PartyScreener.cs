using Embargo.Core.Parties;
using Embargo.Matching;

namespace Embargo.Hosting.Alerts;

/// <summary>
/// Screens a monitored party on an index: its name and each alias, keeping for every listed entity the best result
/// (the name that matched it best). Only results at or above the threshold are returned, best first.
/// </summary>
public static class PartyScreener
{
    /// <summary>Results per name screened; an alias that matches more is rare, and each entity counts once.</summary>
    public const int MaxPerName = 10;

    public static MatchOptions Options(double threshold) => new() { Threshold = threshold, Cutoff = threshold, Limit = MaxPerName };

    public static MatchQuery Query(Party party, string name) => new()
    {
        Name = name,
        Kind = party.Kind,
        BirthDate = party.BirthDate,
        Country = party.Country,
        IdNumber = party.IdNumber,
        Gender = party.Gender,
    };

    public static List<MatchResult> Screen(ScreeningIndex index, Party party, MatchOptions options) => Screen(index, party, options, null);

    /// <summary>As above, with the names prepared once in <paramref name="names"/> (monitoring screens every party on every run).</summary>
    public static List<MatchResult> Screen(ScreeningIndex index, Party party, MatchOptions options, QueryNameCache? names)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(party);
        var best = new Dictionary<string, MatchResult>(StringComparer.Ordinal);
        Add(index.Screen(Query(party, party.Name), options, names));
        foreach (var alias in party.Aliases) Add(index.Screen(Query(party, alias), options, names));
        var matches = best.Values.ToList();
        matches.Sort(static (a, b) => b.Score.CompareTo(a.Score));
        return matches;

        void Add(IReadOnlyList<MatchResult> results)
        {
            foreach (var r in results)
            {
                if (!r.IsMatch) continue;
                if (!best.TryGetValue(r.Entry.Id, out var seen) || r.Score > seen.Score) best[r.Entry.Id] = r;
            }
        }
    }
}
