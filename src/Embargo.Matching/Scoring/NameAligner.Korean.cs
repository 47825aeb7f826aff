using Embargo.Matching.Index;
using Embargo.Matching.Text;

namespace Embargo.Matching.Scoring;

// Pairings only a Korean name meets: Chinese readings of its syllables, one-syllable titles read as syllables, dotted initials.
internal static partial class NameAligner
{
    // A one-syllable title of a Korean-shaped name left unpaired (박대제 pak tae emperor) pairs as the syllable it was
    // read from (je) with a word of the other name that spells it (Pak Dae Je): the name was a person's, not a ruler's.
    private static void PairTitleSyllables(ref State state, PreparedName native, PreparedName latin, Span<bool> nativeUsed,
        Span<bool> latinUsed, Span<int> pairedWith, bool nativeIsQuery)
    {
        for (var i = 0; i < native.Length; i++)
        {
            if (nativeUsed[i] || native.Roles[i] != TokenRole.Title
                || !HangulTitles.TitleSyllable(native.Original, native.Tokens[i], out var syllable)) continue;
            int bestJ = -1;
            var best = 0.0;
            for (var j = 0; j < latin.Length; j++)
            {
                if (latinUsed[j] || latin.Roles[j] != TokenRole.Word) continue;
                var s = string.Equals(syllable, latin.Tokens[j], StringComparison.Ordinal) ? 1.0
                    : TokenSimilarity.BySpelling(syllable, latin.Tokens[j], SpellingProfile.Hangul);
                if (s > best) (best, bestJ) = (s, j);
            }
            if (bestJ < 0 || best < Tuning.MinSpellingSimilarity) continue;
            nativeUsed[i] = latinUsed[bestJ] = true;
            if (nativeIsQuery)
            {
                pairedWith[i] = bestJ;
                state.Pair(native.Weights[i], latin.Weights[bestJ], best, true, syllable, latin.Tokens[bestJ], "title_syllable");
            }
            else
            {
                pairedWith[bestJ] = i;
                state.Pair(latin.Weights[bestJ], native.Weights[i], best, true, latin.Tokens[bestJ], syllable, "title_syllable");
            }
        }
    }

    // Koreans abroad write their given name's syllables as initials (K.J. Choi for 최경주 choe kyong ju): a Latin token
    // the original wrote as dotted initials pairs with as many adjacent syllables of a Korean-shaped name, left unpaired,
    // that open on its letters, at the similarity of an initial.
    private static void PairDottedInitials(ref State state, PreparedName latin, PreparedName native, Span<bool> latinUsed,
        Span<bool> nativeUsed, Span<int> pairedWith, bool singleIsQuery)
    {
        for (var i = 0; i < latin.Length; i++)
        {
            var token = latin.Tokens[i];
            if (latinUsed[i] || latin.Roles[i] != TokenRole.Word || token.Length is < 2 or > 3 || !WrittenAsInitials(latin.Original, token)) continue;
            for (var j = 0; j + token.Length <= native.Length; j++)
            {
                var k = 0;
                while (k < token.Length && !nativeUsed[j + k] && native.Tokens[j + k].Length > 0 && OpensAs(native.Tokens[j + k][0], token[k])) k++;
                if (k != token.Length) continue;
                PairRun(ref state, latin, i, native, j, k, Tuning.InitialSimilarity, "initials", latinUsed, nativeUsed, pairedWith, singleIsQuery);
                break;
            }
        }
    }

    // The letters of token written with a dot after each but perhaps the last (I.K., K.J), as a word of their own.
    private static bool WrittenAsInitials(string original, string token)
    {
        for (var p = 0; p + 2 * token.Length - 1 <= original.Length; p++)
        {
            if (p > 0 && char.IsLetter(original[p - 1])) continue;
            var k = 0;
            while (k < token.Length && char.ToLowerInvariant(original[p + 2 * k]) == token[k]
                && (k == token.Length - 1 || original[p + 2 * k + 1] == '.')) k++;
            if (k != token.Length) continue;
            var end = p + 2 * token.Length - 1;
            if (end == original.Length || !char.IsLetter(original[end])) return true;
        }
        return false;
    }

    // A syllable's first letter as an initial: the same letter, or ㄱ ㄷ ㅂ read voiced (k as G, t as D, p as B).
    private static bool OpensAs(char syllable, char initial) =>
        syllable == initial || (syllable, initial) is ('k', 'g') or ('t', 'd') or ('p', 'b');

    // A Korean name's syllables that read a Chinese name's pinyin (이방위 i pang wi, LI Fangwei: 이 li, 방위 fangwei)
    // pair before runs of skeletons can take them apart. Only Korean names against names all in pinyin, or all in
    // Wade-Giles (샤오징훙, Hsiao Ching Hung).
    private static void PairReadings(ref State state, PreparedName latin, PreparedName native, Span<bool> latinUsed,
        Span<bool> nativeUsed, Span<int> pairedWith, bool singleIsQuery)
    {
        if (native.Profile != SpellingProfile.Hangul) return;
        var pinyin = latin.IsPinyinName;
        if (!pinyin && !latin.IsWadeGilesName) return;
        for (var i = 0; i < latin.Length; i++)
        {
            if (latinUsed[i]) continue;
            for (var j = 0; j < native.Length && !latinUsed[i]; j++)
            {
                var free = 0;
                while (j + free < native.Length && free < MaxReadingRun && !nativeUsed[j + free]) free++;
                for (var parts = free; parts > 0; parts--)
                {
                    var syllables = native.Tokens.AsSpan(j, parts);
                    var reads = pinyin ? TokenSimilarity.ReadsAsChinese(syllables, latin.Tokens[i])
                        : TokenSimilarity.ReadsAsChineseInWadeGiles(syllables, latin.Tokens[i]);
                    if (!reads) continue;
                    PairRun(ref state, latin, i, native, j, parts, Tuning.ReadingSimilarity, "reading", latinUsed, nativeUsed, pairedWith, singleIsQuery);
                    break;
                }
            }
        }
    }

    private const int MaxReadingRun = 3;
}
