using Embargo.Matching.Index;
using Embargo.Matching.Text;

namespace Embargo.Matching.Scoring;

/// <summary>
/// Which tokens of two names in different scripts <see cref="NameAligner"/> could pair, for <see cref="NameScoreBound"/>:
/// besides the rules that pair Latin tokens, consonant skeletons (<see cref="TokenSimilarity.AcrossScripts"/>),
/// spellings read with the native script's rules (<see cref="SpellingSketches"/>), and runs of one name's tokens whose
/// skeletons run together are the skeleton of one token of the other (the aligner's skeleton compounds: עבד אל עזיז,
/// Abdelaziz). Only names written in alphabets and abjads are bounded. Beside a script of open syllables (Chinese,
/// Japanese, Korean) runs pair by spelling and by readings too, and a bound that rules them out costs as much as the
/// alignment it spares (measured: docs/benchmarks.md, "Score bound across scripts").
/// </summary>
internal static class AcrossScriptsPairBound
{
    // The aligner's longest run, and the room it has for a run's skeletons (NameAligner.PairSkeletonCompounds): a run
    // whose skeletons do not fit is not paired there either.
    private const int MaxRun = 4;
    private const int MaxJoinedSkeletonLength = 2 * 96 + 8;

    /// <summary>Whether the bound models every rule the aligner applies to this pair of names.</summary>
    public static bool Applies(PreparedName query, PreparedName listed) => !query.WritesOpenSyllables && !listed.WritesOpenSyllables;

    /// <summary>
    /// Marks the tokens of every run (two to four adjacent tokens of either name) that may pair with a token of the other
    /// name, and that token.
    /// </summary>
    public static void MarkRuns(PreparedName query, PreparedName listed, Span<bool> queryRelated, Span<bool> listedRelated)
    {
        MarkRunsAgainst(listed, query, listedRelated, queryRelated);
        MarkRunsAgainst(query, listed, queryRelated, listedRelated);
    }

    /// <summary>
    /// False only when neither a particle run into a compound nor the consonant skeletons can pair query token
    /// <paramref name="i"/> with listed token <paramref name="j"/> alone (the Latin rules are asked apart).
    /// </summary>
    public static bool MaySoundAlike(PreparedName query, in TokenSketch q, int i, PreparedName listed, in TokenSketch l, int j) =>
        // A particle runs into a compound with its vowel changed (abd al, Abdul; el, Abdelaziz): its consonants stay.
        IsParticleWithin(query, q, i, l) || IsParticleWithin(listed, l, j, q)
        || TokenSimilarity.AcrossScripts(query, i, listed, j, openSyllables: false) > 0;

    /// <summary>False when the spellings of query token <paramref name="i"/> and listed token <paramref name="j"/> cannot meet.</summary>
    public static bool MaySpell(PreparedName query, int i, PreparedName listed, int j, SpellingSketches spellings) =>
        query.IsNonLatin ? !spellings.RuledOut(query, i, listed, j) : !spellings.RuledOut(listed, j, query, i);

    private static bool IsParticleWithin(PreparedName name, in TokenSketch part, int k, in TokenSketch whole) =>
        name.Roles[k] == TokenRole.Particle && part.Length < whole.Length && (part.Letters & ~whole.Letters & ~Vowels) == 0;

    private static readonly ulong Vowels = TokenSketch.LettersOf("aeiou");

    // Runs of split's tokens against each token of single, as PairSkeletonCompounds(single, split) seeks them: skeletons
    // run together equal to the token's, or both four letters or more and one edit apart (TokenSimilarity.OfSkeletons).
    private static void MarkRunsAgainst(PreparedName single, PreparedName split, Span<bool> singleRelated, Span<bool> splitRelated)
    {
        if (split.Length < 2) return;
        Span<char> joined = stackalloc char[MaxJoinedSkeletonLength];
        for (var start = 0; start + 1 < split.Length; start++)
        {
            var length = 0;
            var partsRelated = true;
            for (var end = start; end < split.Length && end - start < MaxRun; end++)
            {
                length = TokenSimilarity.JoinSkeletons(joined, length, split.SkeletonOf(end), codas: false);
                if (length < 0) break;
                partsRelated &= splitRelated[end];
                if (end == start) continue;
                for (var i = 0; i < single.Length; i++)
                {
                    // A run would relate nothing new.
                    if (partsRelated && singleRelated[i]) continue;
                    var whole = single.SkeletonOf(i);
                    if (whole.Length < 2 || TokenSimilarity.OfSkeletons(whole, joined[..length], openSyllables: false) <= 0) continue;
                    singleRelated[i] = true;
                    for (var k = start; k <= end; k++) splitRelated[k] = true;
                }
            }
        }
    }
}
