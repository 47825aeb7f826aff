using System.Numerics;
using Embargo.Matching.Index;
using Embargo.Matching.Text;

namespace Embargo.Matching.Scoring;

/// <summary>
/// An upper bound of <see cref="NameAligner"/>'s score, found without aligning: a token that no rule of the
/// aligner could pair with any token of the other name stays unpaired, and unpaired evidence costs at least
/// half its weight (one and a half when words are left on both sides). Screening skips names whose bound is
/// below what could reach the cutoff, which leaves the results exactly as they were. Across scripts the rules that
/// pair only there are modelled by <see cref="AcrossScriptsPairBound"/>, where it applies; other such pairs get no bound.
/// </summary>
internal static class NameScoreBound
{
    private const double RoundingMargin = 1e-5;

    public static double Of(PreparedName query, NameSketch querySketch, PreparedName listed, NameSketch listedSketch, bool organisation) =>
        Of(query, querySketch, listed, listedSketch, organisation, double.PositiveInfinity);

    /// <summary>
    /// The bound, or 1 as soon as it is known to be at least <paramref name="reach"/> (the caller then aligns): across
    /// scripts the costlier rules are asked only while the cheaper ones leave the bound below reach.
    /// </summary>
    public static double Of(PreparedName query, NameSketch querySketch, PreparedName listed, NameSketch listedSketch, bool organisation,
        double reach)
    {
        var q = querySketch.Tokens;
        var l = listedSketch.Tokens;
        int n = q.Length, m = l.Length;
        if (n == 0 || m == 0) return 0;
        var acrossScripts = query.IsNonLatin != listed.IsNonLatin;
        if (acrossScripts && !AcrossScriptsPairBound.Applies(query, listed)) return 1;
        Span<bool> queryRelated = stackalloc bool[n];
        Span<bool> listedRelated = stackalloc bool[m];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                // Nothing more to learn of a pair both of whose tokens are related already.
                if (queryRelated[i] && listedRelated[j]) continue;
                if (!MayPair(query, q[i], i, listed, l[j], j, m)
                    && !(acrossScripts && AcrossScriptsPairBound.MaySoundAlike(query, q[i], i, listed, l[j], j))) continue;
                queryRelated[i] = listedRelated[j] = true;
            }
        }
        if (!acrossScripts) return Of(q, l, queryRelated, listedRelated, organisation);
        // Relating more tokens only raises the bound: once at reach, the rest need not be asked.
        if (Of(q, l, queryRelated, listedRelated, organisation) >= reach) return 1;
        AcrossScriptsPairBound.MarkRuns(query, listed, queryRelated, listedRelated);
        if (Of(q, l, queryRelated, listedRelated, organisation) >= reach) return 1;
        var spellings = SpellingSketches.For(query.IsNonLatin ? query : listed);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                if (queryRelated[i] && listedRelated[j]) continue;
                if (AcrossScriptsPairBound.MaySpell(query, i, listed, j, spellings)) queryRelated[i] = listedRelated[j] = true;
            }
        }
        return Of(q, l, queryRelated, listedRelated, organisation);
    }

    // The bound once it is known which tokens may pair.
    private static double Of(ReadOnlySpan<TokenSketch> q, ReadOnlySpan<TokenSketch> l, ReadOnlySpan<bool> queryRelatedTokens,
        ReadOnlySpan<bool> listedRelatedTokens, bool organisation)
    {
        double queryWeight = 0, queryRelated = 0, queryAncestry = 0, listedWeight = 0, listedRelatedWeight = 0, listedAncestry = 0;
        bool queryLeftWords = false, listedLeftWords = false;
        for (var i = 0; i < q.Length; i++)
        {
            queryWeight += q[i].Weight;
            if (queryRelatedTokens[i]) queryRelated += q[i].Weight;
            else
            {
                queryLeftWords |= q[i].Has(TokenSketchFlags.Word);
                if (!organisation && q[i].Has(TokenSketchFlags.Ancestry)) queryAncestry += q[i].Weight;
            }
        }
        for (var j = 0; j < l.Length; j++)
        {
            listedWeight += l[j].Weight;
            if (listedRelatedTokens[j]) listedRelatedWeight += l[j].Weight;
            else
            {
                listedLeftWords |= l[j].Has(TokenSketchFlags.Word);
                if (!organisation && l[j].Has(TokenSketchFlags.Ancestry)) listedAncestry += l[j].Weight;
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

    // True unless no rule of the aligner can pair query token i with listed token j, alone or in a group. The sketches
    // decide most pairs; the strings are read only where a rare rule (equal keys, given names, contractions, legal
    // forms) may apply.
    private static bool MayPair(PreparedName query, in TokenSketch q, int i, PreparedName listed, in TokenSketch l, int j, int listedLength)
    {
        if (q.Length == 0 || l.Length == 0) return true;
        if (q.KeyLetters == l.KeyLetters && q.KeyLength == l.KeyLength
            && string.Equals(query.Keys[i], listed.Keys[j], StringComparison.Ordinal)) return true;
        // Initials, and the first letters of an acronym (which only a query token in Latin letters spells).
        if ((q.Length == 1 || l.Length == 1) && q.First == l.First) return true;
        if (!query.IsNonLatin && q.Length is >= 2 and <= 8 && q.Length <= listedLength && (q.Letters & (1UL << (l.First & 63))) != 0) return true;
        if ((q.Flags & l.Flags & TokenSketchFlags.Number) != 0) return true;
        // Short forms of given names (Bill, William) and contractions (Intl, International) pair whatever their letters.
        if ((q.Flags & l.Flags & TokenSketchFlags.GivenName) != 0
            && GivenNameVariants.Share(query.GivenNameFamilies[i], listed.GivenNameFamilies[j])) return true;
        if (q.First == l.First && q.Last == l.Last && Abbreviations.Contracts(query.Tokens[i], listed.Tokens[j])) return true;
        // Letters written as look-alike digits (Sech1n) differ in the letter masks: leave them to the aligner.
        if (((q.Flags | l.Flags) & TokenSketchFlags.Digit) != 0) return true;
        if ((q.Flags & l.Flags & TokenSketchFlags.LegalForm) != 0
            && string.Equals(query.LegalClasses[i], listed.LegalClasses[j], StringComparison.Ordinal)) return true;
        // A legal form misspelt by a letter (AkG, AG): MisspeltLegalForms decides.
        if (((q.Flags ^ l.Flags) & TokenSketchFlags.LegalForm) != 0 && Math.Abs(q.Length - l.Length) <= 1) return true;
        if (Within(q.Length, l.Length, q.Letters, l.Letters)) return true;
        if (Within(q.KeyLength, l.KeyLength, q.KeyLetters, l.KeyLetters)) return true;
        // One token run together from several of the other name's (ALQAIDA = AL + QAIDA).
        if (l.Length < q.Length && (l.Letters & ~q.Letters) == 0 && listedLength > 1) return true;
        if (q.Length < l.Length && (q.Letters & ~l.Letters) == 0 && query.Length > 1) return true;
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
