using System.Numerics;
using Embargo.Matching.Index;
using Embargo.Matching.Text;

namespace Embargo.Matching.Scoring;

/// <summary>
/// An upper bound of <see cref="NameAligner"/>'s score, found without aligning: a token that no rule of the
/// aligner could pair with any token of the other name stays unpaired, and unpaired evidence costs at least
/// half its weight (one and a half when words are left on both sides). Screening skips names whose bound is
/// below what could reach the cutoff, which leaves the results exactly as they were. Rules that only pair
/// across scripts are not modelled: such pairs get no bound.
/// </summary>
internal static class NameScoreBound
{
    private const double RoundingMargin = 1e-5;

    public static double Of(PreparedName query, TokenMasks queryMasks, PreparedName listed, TokenMasks listedMasks, bool organisation)
    {
        int n = query.Length, m = listed.Length;
        if (n == 0 || m == 0) return 0;
        // Across scripts consonant skeletons pair, alone and run together, too loosely for a bound to rule much out.
        if (query.IsNonLatin != listed.IsNonLatin) return 1;
        Span<bool> listedRelated = stackalloc bool[m];
        double queryWeight = 0, queryRelated = 0, queryAncestry = 0, listedWeight = 0, listedRelatedWeight = 0, listedAncestry = 0;
        bool queryLeftWords = false, listedLeftWords = false;
        for (var i = 0; i < n; i++)
        {
            var related = false;
            for (var j = 0; j < m; j++)
            {
                if (!MayPair(query, queryMasks, i, listed, listedMasks, j)) continue;
                related = true;
                listedRelated[j] = true;
            }
            queryWeight += query.Weights[i];
            if (related) queryRelated += query.Weights[i];
            else
            {
                queryLeftWords |= query.Roles[i] == TokenRole.Word;
                if (!organisation && NameAligner.IsAncestry(query, i)) queryAncestry += query.Weights[i];
            }
        }
        for (var j = 0; j < m; j++)
        {
            listedWeight += listed.Weights[j];
            if (listedRelated[j]) listedRelatedWeight += listed.Weights[j];
            else
            {
                listedLeftWords |= listed.Roles[j] == TokenRole.Word;
                if (!organisation && NameAligner.IsAncestry(listed, j)) listedAncestry += listed.Weights[j];
            }
        }
        // Tokens no rule can pair stay unpaired in the aligner too, so words left on both sides here are a conflict
        // there; without one here the aligner may still find one, so each rate is the lesser of the two.
        var conflict = queryLeftWords && listedLeftWords;
        var queryFactor = conflict ? Tuning.ConflictingTokenWeight
            : Math.Min(organisation ? Tuning.UnmatchedWeightOrganisation : Tuning.UnmatchedQueryWeight, Tuning.ConflictingTokenWeight);
        var listedFactor = conflict ? Tuning.ConflictingTokenWeight
            : Math.Min(organisation ? Tuning.UnmatchedWeightOrganisation : Tuning.UnmatchedListedWeight, Tuning.ConflictingTokenWeight);
        // A patronymic or a forefather's name (after bin, ibn) left unpaired costs the aligner's cheaper ancestry rate.
        var ancestryFactor = conflict ? Tuning.ConflictingTokenWeight : Math.Min(Tuning.UnmatchedAncestryWeight, Tuning.ConflictingTokenWeight);
        // score = matched / (paired + fq·unpaired query + fl·unpaired listed) grows with the paired weight:
        // the best case pairs every related token at similarity 1.
        var paired = queryRelated + listedRelatedWeight;
        var total = paired
            + queryFactor * (queryWeight - queryRelated - queryAncestry) + listedFactor * (listedWeight - listedRelatedWeight - listedAncestry)
            + ancestryFactor * (queryAncestry + listedAncestry);
        // The aligner sums some weights in single precision: a margin keeps its rounding below the bound.
        return total <= 0 ? 0 : paired / total + RoundingMargin;
    }

    // True unless no rule of the aligner can pair query token i with listed token j, alone or in a group.
    private static bool MayPair(PreparedName query, TokenMasks qm, int i, PreparedName listed, TokenMasks lm, int j)
    {
        string qt = query.Tokens[i], lt = listed.Tokens[j];
        if (qt.Length == 0 || lt.Length == 0 || string.Equals(query.Keys[i], listed.Keys[j], StringComparison.Ordinal)) return true;
        // Initials, and the first letters of an acronym (which only a query token spells).
        if ((qt.Length == 1 || lt.Length == 1) && qt[0] == lt[0]) return true;
        if (qt.Length is >= 2 and <= 8 && qt.Length <= listed.Length && (qm.Tokens[i] & (1UL << (lt[0] & 63))) != 0) return true;
        if (query.Numbers[i] >= 0 && listed.Numbers[j] >= 0) return true;
        // Short forms of given names (Bill, William) and contractions (Intl, International) pair whatever their letters.
        if (query.GivenNameFamilies[i].Length > 0 && GivenNameVariants.Share(query.GivenNameFamilies[i], listed.GivenNameFamilies[j])) return true;
        if (Abbreviations.Contracts(qt, lt)) return true;
        // Letters written as look-alike digits (Sech1n) differ in the letter masks: leave them to the aligner.
        if (qt.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || lt.AsSpan().IndexOfAnyInRange('0', '9') >= 0) return true;
        if (query.LegalClasses[i] is { } legal && string.Equals(legal, listed.LegalClasses[j], StringComparison.Ordinal)) return true;
        if (Within(qt.Length, lt.Length, qm.Tokens[i], lm.Tokens[j])) return true;
        if (Within(query.Keys[i].Length, listed.Keys[j].Length, qm.Keys[i], lm.Keys[j])) return true;
        // One token run together from several of the other name's (ALQAIDA = AL + QAIDA).
        if (lt.Length < qt.Length && (lm.Tokens[j] & ~qm.Tokens[i]) == 0 && listed.Length > 1) return true;
        if (qt.Length < lt.Length && (qm.Tokens[i] & ~lm.Tokens[j]) == 0 && query.Length > 1) return true;
        return false;
    }

    // Strings at least MinFuzzyLength long whose similarity may reach MinFuzzySimilarity: few enough letters differ.
    private static bool Within(int lengthA, int lengthB, ulong a, ulong b)
    {
        if (lengthA < Tuning.MinFuzzyLength || lengthB < Tuning.MinFuzzyLength) return false;
        var edits = (int)Math.Floor(Math.Max(lengthA, lengthB) * (1 - Tuning.MinFuzzySimilarity));
        if (Math.Abs(lengthA - lengthB) > edits) return false;
        return BitOperations.PopCount(a & ~b) <= edits && BitOperations.PopCount(b & ~a) <= edits;
    }
}
