using System.Numerics;
using Embargo.Matching.Index;
using Embargo.Matching.Text;

namespace Embargo.Matching.Scoring;

/// <summary>
/// Which tokens of two names in different scripts <see cref="NameAligner"/> could pair, for <see cref="NameScoreBound"/>:
/// besides the rules that pair Latin tokens, consonant skeletons alone and run together
/// (<see cref="TokenSimilarity.AcrossScripts"/>, the aligner's skeleton compounds) and spellings read with the native
/// script's rules (<see cref="SpellingSketches"/>). Only names written in alphabets and abjads are bounded: where either
/// name is in a script of open syllables (Chinese, Japanese, Korean), runs of syllables pair by spelling and by
/// readings, which letter sets cannot rule out cheaply.
/// </summary>
internal static class AcrossScriptsPairBound
{
    /// <summary>Whether <see cref="MayPair"/> models every rule the aligner applies to this pair of names.</summary>
    public static bool Applies(PreparedName query, PreparedName listed) =>
        !query.WritesOpenSyllables && !listed.WritesOpenSyllables
        && query.Profile != SpellingProfile.Hangul && listed.Profile != SpellingProfile.Hangul;

    /// <summary>
    /// False only when no cross-script rule can pair query token <paramref name="i"/> with listed token
    /// <paramref name="j"/>, alone or within a run of either name's tokens (the Latin rules are asked apart).
    /// </summary>
    public static bool MayPair(PreparedName query, in TokenSketch q, int i, PreparedName listed, in TokenSketch l, int j,
        SpellingSketches spellings)
    {
        // A particle runs into a compound with its vowel changed (abd al, Abdul; el, Abdelaziz): its consonants stay.
        if (IsParticleWithin(query, q, i, l) || IsParticleWithin(listed, l, j, q)) return true;
        if (MaySkeletonsPair(q, l)) return true;
        // A run of one name's tokens whose skeletons run together into the other token's.
        if (listed.Length > 1 && MayBePartOf(listed.SkeletonOf(j), query.SkeletonOf(i))) return true;
        if (query.Length > 1 && MayBePartOf(query.SkeletonOf(i), listed.SkeletonOf(j))) return true;
        return query.IsNonLatin
            ? !spellings.RuledOut(query, i, listed, j)
            : !spellings.RuledOut(listed, j, query, i);
    }

    private static bool IsParticleWithin(PreparedName name, in TokenSketch part, int k, in TokenSketch whole) =>
        name.Roles[k] == TokenRole.Particle && part.Length < whole.Length && (part.Letters & ~whole.Letters & ~Vowels) == 0;

    private static readonly ulong Vowels = TokenSketch.LettersOf("aeiou");

    // TokenSimilarity.AcrossScripts without open syllables: skeletons of one consonant equal; of two or more equal, or of
    // four or more one edit apart.
    private static bool MaySkeletonsPair(in TokenSketch q, in TokenSketch l)
    {
        int a = q.SkeletonLength, b = l.SkeletonLength;
        if (a == 0 || b == 0) return false;
        if (a == b && q.SkeletonLetters == l.SkeletonLetters) return true;
        return a >= 4 && b >= 4 && Math.Abs(a - b) <= 1 && WithinOneLetter(q.SkeletonLetters, l.SkeletonLetters);
    }

    // Whether a part's skeleton may lie within a run of two tokens or more whose skeletons run together into the whole's:
    // the run's skeleton equals the whole's, or both have four letters or more and one edit sets them apart
    // (TokenSimilarity.OfSkeletons). Either way the part is a stretch of the whole's skeleton, within one edit where
    // the whole has four letters or more. An empty part lies within any run.
    private static bool MayBePartOf(ReadOnlySpan<char> part, ReadOnlySpan<char> whole)
    {
        if (whole.Length < 2 || part.Length > whole.Length + 1) return false;
        if (part.IsEmpty || whole.Contains(part, StringComparison.Ordinal)) return true;
        return whole.Length >= 4 && WithinOneEditOfAStretch(part, whole);
    }

    // Whether deleting, inserting or changing one letter of part makes a stretch of whole.
    private static bool WithinOneEditOfAStretch(ReadOnlySpan<char> part, ReadOnlySpan<char> whole)
    {
        for (var start = 0; start <= whole.Length; start++)
        {
            var rest = whole[start..];
            // part with one letter changed or dropped, or one letter of whole's stretch inserted into it.
            for (var cut = 0; cut < part.Length; cut++)
            {
                var before = part[..cut];
                var after = part[(cut + 1)..];
                if (!rest.StartsWith(before, StringComparison.Ordinal)) break;
                var tail = rest[before.Length..];
                if (tail.Length > 0 && tail[1..].StartsWith(after, StringComparison.Ordinal)) return true; // changed
                if (tail.StartsWith(after, StringComparison.Ordinal)) return true; // dropped
            }
            for (var cut = 0; cut <= part.Length; cut++)
            {
                var before = part[..cut];
                if (!rest.StartsWith(before, StringComparison.Ordinal)) break;
                var tail = rest[before.Length..];
                if (tail.Length > 0 && tail[1..].StartsWith(part[cut..], StringComparison.Ordinal)) return true; // inserted
            }
        }
        return false;
    }

    private static bool WithinOneLetter(ulong a, ulong b) =>
        BitOperations.PopCount(a & ~b) <= 1 && BitOperations.PopCount(b & ~a) <= 1;
}
