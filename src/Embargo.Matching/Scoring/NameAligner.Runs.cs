using Embargo.Matching.Index;
using Embargo.Matching.Text;

namespace Embargo.Matching.Scoring;

// One token paired with a run of the other name's tokens: compounds (ALQAIDA, AL QAIDA), skeletons and spellings of syllable runs, number phrases, acronyms.
internal static partial class NameAligner
{
    // ALQAIDA meets AL + QAIDA (and VANDERBILT meets VAN DER BILT) whole, before either part is paired elsewhere. Where
    // a part is a particle its vowel may differ, as the Arabic article's does: ABDUL = ABD AL, ABDELAZIZ = ABD AL AZIZ.
    private static void PairCompounds(ref State state, PreparedName single, PreparedName split,
        Span<bool> singleUsed, Span<bool> splitUsed, Span<int> pairedWith, bool singleIsQuery)
    {
        for (var i = 0; i < single.Length; i++)
        {
            if (singleUsed[i]) continue;
            var whole = single.Tokens[i];
            for (var j = 0; j + 1 < split.Length; j++)
            {
                var parts = ConcatenationLength(whole, split, j, splitUsed, out var vowelsDiffer);
                if (parts < 2) continue;
                PairRun(ref state, single, i, split, j, parts, vowelsDiffer ? Tuning.PhoneticSimilarity : 1.0, "compound",
                    singleUsed, splitUsed, pairedWith, singleIsQuery);
                break;
            }
        }
    }

    // How many tokens from split[start] run together into whole (0 when they do not); vowelsDiffer when a particle's
    // vowels had to be forgiven (abd al → abdul).
    private static int ConcatenationLength(string whole, PreparedName split, int start, Span<bool> used, out bool vowelsDiffer)
    {
        vowelsDiffer = false;
        var offset = 0;
        for (var k = start; k < split.Length && k - start < 3; k++)
        {
            if (used[k]) return 0;
            var part = split.Tokens[k];
            if (offset + part.Length > whole.Length) return 0;
            var particle = split.Roles[k] == TokenRole.Particle;
            for (var c = 0; c < part.Length; c++)
            {
                var w = whole[offset + c];
                if (w == part[c]) continue;
                if (!particle || !IsVowel(w) || !IsVowel(part[c])) return 0;
                vowelsDiffer = true;
            }
            offset += part.Length;
            if (offset == whole.Length) return k - start + 1;
        }
        return 0;
    }

    // Scripts split names differently: 박도춘 is one token, Pak To-chun three; 施尼特克 is four syllables, Schnittker
    // one word. Across scripts, a token whose skeleton is the run-together skeletons of 2–4 adjacent tokens pairs
    // whole, and so does one whose spelling the run's spellings together could be (拉利 la li, Lally).
    private static void PairSkeletonCompounds(ref State state, PreparedName single, PreparedName split,
        Span<bool> singleUsed, Span<bool> splitUsed, Span<int> pairedWith, bool singleIsQuery)
    {
        var openSyllables = single.WritesOpenSyllables || split.WritesOpenSyllables;
        var profile = single.IsNonLatin ? single.Profile : split.Profile;
        Span<char> joinedTokens = stackalloc char[MaxJoinedLength];
        Span<char> joinedSkeletons = stackalloc char[MaxJoinedSkeletonLength];
        for (var i = 0; i < single.Length; i++)
        {
            if (singleUsed[i]) continue;
            // Codas are cheap only for three consonants or more: kheng or kwang ho is not 坤 kun or 진 jin.
            var codas = openSyllables && SoundAlignment.Consonants(single.SkeletonOf(i, codas: true)) >= 3;
            var whole = single.SkeletonOf(i, codas);
            var token = single.Tokens[i];
            // The most similar run over every start (비케프레이베르가 is Vike Freiberga, not Vaira Vike Freiberga), the
            // first among equals; a run as good as any can be ends the search.
            int bestStart = -1, bestParts = 0;
            var best = 0.0;
            var bestHow = "";
            for (var j = 0; j + 1 < split.Length; j++)
            {
                var skeletonLength = 0;
                var joinedLength = 0;
                var parts = 0;
                var similarity = 0.0;
                var how = "skeleton";
                // A syllable's vowel must agree where its skeleton is too short to say much (종 jong is not Kwang).
                var skeletons = whole.Length >= 2
                    && !(single.IsNonLatin && openSyllables && !codas && single.SyllableVowels[i] != split.SyllableVowels[j]);
                // The most similar run wins, the shortest among equals (게리 터너: ke ri is Gary, not ke ri to).
                for (var k = j; k < split.Length && k - j < 4 && !splitUsed[k]; k++)
                {
                    // A skeleton has at most two letters a letter, plus one: past this length the tokens are past theirs.
                    var before = skeletonLength;
                    skeletonLength = TokenSimilarity.JoinSkeletons(joinedSkeletons, skeletonLength, split.SkeletonOf(k, codas), codas);
                    if (skeletonLength < 0) break;
                    var joined = joinedSkeletons[..skeletonLength];
                    var part = split.Tokens[k];
                    if (joinedLength + part.Length > joinedTokens.Length) break;
                    part.CopyTo(joinedTokens[joinedLength..]);
                    joinedLength += part.Length;
                    if (k == j) continue;
                    var s = skeletons ? TokenSimilarity.OfSkeletons(whole, joined, codas) : 0;
                    // A part that adds no consonant (오 o after 제임스 jeims) makes no skeleton better than the run
                    // before it: it only goes with a run already found, below.
                    var addsNothing = skeletonLength == before;
                    if (s > similarity && !(addsNothing && parts < k - j)) { similarity = s; parts = k - j + 1; how = "skeleton"; }
                    // A syllable of a vowel alone after the run (선데이 son te i, Sunday; 인순이, Insooni) goes with it where
                    // the token ends on a vowel too: it adds nothing to the skeleton, and left alone it would be a word unpaired.
                    else if (s > 0 && s == similarity && parts == k - j && split.IsNonLatin && IsVowels(part) && EndsOnVowel(token))
                        parts = k - j + 1;
                    // Spellings of runs only for syllabic scripts: an alphabet writes a word as one token already. A
                    // spelling is worth at most SpellingSimilarity: none is sought once a skeleton does as well.
                    var spelling = openSyllables && similarity < Tuning.SpellingSimilarity ? BySpelling(single, token, joinedTokens[..joinedLength], profile) : 0;
                    if (spelling > similarity) { similarity = spelling; parts = k - j + 1; how = "spelling"; }
                    if (joined.Length > whole.Length + 2 && joinedLength > token.Length * 2 + 2) break;
                }
                if (parts < 2 || similarity <= best) continue;
                // Where the romaniser split the characters, a tie goes to the whole run if it opens as the token does
                // (阿克潘 a kepan, Akpan), not to a run that puts a syllable before it (宇翔 yu xiang is not Siang); and
                // to a run that ends on syllables of a vowel alone where the token ends on a vowel (제이 je i, Jay).
                var tieToRun = split.IsNonLatin && ((profile == SpellingProfile.Han && OpenAlike(split.Tokens[j][0], token[0]))
                    || (EndsOnVowel(token) && IsVowels(split.Tokens[j + parts - 1])));
                if (OneTokenDoesAsWell(single, i, whole, split, splitUsed, codas, similarity, openSyllables, profile, tieToRun, j, parts)) continue;
                if (openSyllables && (EndPairsElsewhere(single, i, singleUsed, split, j + parts - 1, similarity, profile)
                    || EndPairsElsewhere(single, i, singleUsed, split, j, similarity, profile))) continue;
                (bestStart, bestParts, best, bestHow) = (j, parts, similarity, how);
                if (best >= Tuning.SkeletonSimilarity) break;
            }
            if (bestStart >= 0)
                PairRun(ref state, single, i, split, bestStart, bestParts, best, bestHow, singleUsed, splitUsed, pairedWith, singleIsQuery);
        }
    }

    private static bool IsVowels(string token)
    {
        foreach (var c in token)
        {
            if (!IsVowel(c)) return false;
        }
        return token.Length > 0;
    }

    private static bool EndsOnVowel(string token) => token.Length > 0 && (IsVowel(token[^1]) || token[^1] == 'y');

    // The same first letter, or a vowel (y included) first in both: 伊素福 yi sufu opens as Issoufou does.
    private static bool OpenAlike(char a, char b) => a == b || ((IsVowel(a) || a == 'y') && (IsVowel(b) || b == 'y'));

    private const int MaxJoinedLength = 96;

    private const int MaxJoinedSkeletonLength = 2 * MaxJoinedLength + 8;

    // The spelling similarity of a token of one name with (a run of) the other's, the non-Latin one read as native.
    private static double BySpelling(PreparedName single, ReadOnlySpan<char> token, ReadOnlySpan<char> joined, SpellingProfile profile) =>
        single.IsNonLatin ? TokenSimilarity.BySpelling(token, joined, profile) : TokenSimilarity.BySpelling(joined, token, profile);

    // A run's first or last part spells another token of the single name as well as the run spells this one (매리즈 조
    // maerij jo is Marise Jow: jo is Jow, not the end of Marise): the run would take
    // that token's pair.
    private static bool EndPairsElsewhere(PreparedName single, int i, ReadOnlySpan<bool> singleUsed, PreparedName split, int end,
        double similarity, SpellingProfile profile)
    {
        for (var k = 0; k < single.Length; k++)
        {
            if (k == i || singleUsed[k]) continue;
            if (BySpelling(single, single.Tokens[k], split.Tokens[end], profile) >= similarity) return true;
        }
        return false;
    }

    // A run is no better than one token of the other name alone (ארנסט arnst is Ernest, not Ernest Day; סטיבן stibn is
    // Stephen, not St. John): that token pairs later. In syllabic scripts a token alone is often only a syllable
    // (利奇曼 li qiman, Leachman): there, spellings are compared, not skeletons.
    private static bool OneTokenDoesAsWell(PreparedName single, int i, string whole, PreparedName split, ReadOnlySpan<bool> splitUsed,
        bool codas, double similarity, bool syllabic, SpellingProfile profile, bool tieToRun, int start, int parts)
    {
        string? run = null;
        for (var k = 0; k < split.Length; k++)
        {
            if (splitUsed[k]) continue;
            if (!syllabic && whole.Length >= 2 && TokenSimilarity.OfSkeletons(whole, split.SkeletonOf(k, codas), codas) >= similarity) return true;
            if (similarity > Tuning.SpellingSimilarity) continue;
            var alone = BySpelling(single, single.Tokens[i], split.Tokens[k], profile);
            if (alone > similarity) return true;
            if (alone < similarity || tieToRun) continue;
            // Both at the most a spelling is worth: a Hangul word against a Latin name's hyphenated parts (투하 tuha,
            // Thu-ha) goes with the run where the run's spelling is the closer one uncapped.
            if (single.IsNonLatin && single.Profile is SpellingProfile.Hangul or SpellingProfile.HangulLoanword && alone == Tuning.SpellingSimilarity)
            {
                run ??= string.Concat(split.Tokens.AsSpan(start, parts));
                if (SpellingAlignment.Similarity(single.Tokens[i], run, profile) > SpellingAlignment.Similarity(single.Tokens[i], split.Tokens[k], profile)) continue;
            }
            return true;
        }
        return false;
    }

    // "Forty Four" (or "Forty 4") meets "44": a tens word and a unit on one side, the number on the other.
    private static void PairNumberPhrases(ref State state, PreparedName single, PreparedName split,
        Span<bool> singleUsed, Span<bool> splitUsed, Span<int> pairedWith, bool singleIsQuery)
    {
        for (var i = 0; i < single.Length; i++)
        {
            if (singleUsed[i] || single.Numbers[i] <= 20) continue;
            for (var j = 0; j + 1 < split.Length; j++)
            {
                if (splitUsed[j] || splitUsed[j + 1] || !NumberWords.IsTens(split.Numbers[j])) continue;
                var unit = split.Numbers[j + 1];
                if (unit is < 1 or > 9 || split.Numbers[j] + unit != single.Numbers[i]) continue;
                PairRun(ref state, single, i, split, j, 2, 1.0, "number", singleUsed, splitUsed, pairedWith, singleIsQuery);
                break;
            }
        }
    }

    // PLA meets People's Liberation Army: a short query token spelled by the initials of consecutive listed words.
    private static void PairAcronyms(ref State state, PreparedName query, PreparedName listed, Span<bool> queryUsed, Span<bool> listedUsed, Span<int> pairedWith)
    {
        for (var i = 0; i < query.Length; i++)
        {
            var token = query.Tokens[i];
            if (queryUsed[i] || token.Length is < 2 or > 8 || !char.IsAsciiLetter(token[0])) continue;
            for (var j = 0; j + token.Length <= listed.Length; j++)
            {
                var k = 0;
                while (k < token.Length && !listedUsed[j + k] && listed.Tokens[j + k].Length > 1 && listed.Tokens[j + k][0] == token[k]) k++;
                if (k != token.Length) continue;
                var weight = 0f;
                for (k = 0; k < token.Length; k++)
                {
                    listedUsed[j + k] = true;
                    weight += listed.Weights[j + k];
                }
                queryUsed[i] = true;
                pairedWith[i] = j;
                state.Pair(query.Weights[i], weight, Tuning.AcronymSimilarity, true, token, string.Join(" ", listed.Tokens, j, token.Length), "acronym");
                break;
            }
        }
    }
}
