using Embargo.Core.Model;
using Embargo.Matching.Index;
using Embargo.Matching.Text;

namespace Embargo.Matching;

// Names that offer alternatives with a slash ("Al-Qa'ida/Islamic Army"): a listed one is indexed as written and as each
// alternative (Build), a query is screened as written and as each; the best wins, so screening and compare agree. A query
// written backwards (rimaldiV nituP) is screened read back too.
public sealed partial class ScreeningIndex
{
    // An alternative stands as a name when it has two tokens besides legal forms: a single word after a slash qualifies
    // the name more often than it names it (Liberation Party/Front, Import/Export Corporation, Isfahan/Esfahan).
    private static bool NamesAlone(PreparedName alternative)
    {
        var tokens = 0;
        for (var i = 0; i < alternative.Length; i++)
        {
            if (alternative.LegalClasses[i] is null) tokens++;
        }
        return tokens >= 2;
    }

    // The alternatives of a query's name that stand as names, and the name read back when it is written backwards
    // (rimaldiV nituP); empty (and no allocation) for a name without a slash, written forwards.
    private static string[] AlternativesOf(MatchQuery query)
    {
        var parts = NameAlternatives.Of(query.Name);
        if (BackwardsName.ReadBack(query.Name) is { } readBack) return [readBack, .. parts];
        if (parts.Length == 0) return parts;
        var kind = query.Kind ?? EntityKind.Unknown;
        return Array.FindAll(parts, part => NamesAlone(PreparedName.Create(part, kind)));
    }

    // Each entity's best result over the name as written and its alternatives, best first (ties in the order found).
    private List<MatchResult> ScreenAlternatives(MatchQuery query, string[] alternatives, MatchOptions options, QueryNameCache? names)
    {
        var best = ScreenName(query, options, names);
        foreach (var alternative in alternatives)
        {
            foreach (var result in ScreenName(query with { Name = alternative }, options, names))
            {
                var at = best.FindIndex(r => ReferenceEquals(r.Entry, result.Entry));
                if (at < 0) best.Add(result);
                else if (result.Score > best[at].Score) best[at] = result;
            }
        }
        return [.. best.OrderByDescending(r => r.Score).Take(options.Limit)];
    }
}
