using Embargo.Matching.Index;
using Embargo.Matching.Text;

namespace Embargo.Matching.Scoring;

/// <summary>How alike two name tokens are, and by what rule. Allocation-free.</summary>
internal static class TokenSimilarity
{
    public static double Of(string queryToken, string queryKey, string listedToken, string listedKey, out MatchHow how) =>
        Of(queryToken, queryKey, listedToken, listedKey, out how, out _);

    /// <summary>
    /// The same, and the keys' fuzzy similarity where it was worked out on the way (-1 where a rule decided first), so that
    /// a comparison across scripts need not work it out again (<see cref="OfKeysAcrossScripts(double, string, string)"/>).
    /// </summary>
    public static double Of(string queryToken, string queryKey, string listedToken, string listedKey, out MatchHow how, out double keysFuzzy)
    {
        keysFuzzy = -1;
        if (string.Equals(queryToken, listedToken, StringComparison.Ordinal)) { how = MatchHow.Exact; return 1.0; }
        if (string.Equals(queryKey, listedKey, StringComparison.Ordinal)) { how = MatchHow.Phonetic; return Tuning.PhoneticSimilarity; }
        if (IsSuffixS(queryKey, listedKey) || IsSuffixS(listedKey, queryKey)) { how = MatchHow.Inflection; return Tuning.InflectionSimilarity; }
        if (queryToken.Length == 1 || listedToken.Length == 1)
        {
            // "D" meets "Dmitry", either way round; digits never stand for words.
            var (initial, word) = queryToken.Length == 1 ? (queryToken, listedToken) : (listedToken, queryToken);
            if (word.Length > 1 && word[0] == initial[0] && char.IsAsciiLetter(initial[0])) { how = MatchHow.Initial; return Tuning.InitialSimilarity; }
            how = MatchHow.None;
            return 0;
        }
        var best = Fuzzy(queryToken, listedToken);
        keysFuzzy = Fuzzy(queryKey, listedKey);
        var byKey = keysFuzzy * Tuning.PhoneticSimilarity;
        if (byKey > best) best = byKey;
        // Vowels are what romanisations disagree on most (Laden, Ladin: Arabic writes no short vowels).
        if (best >= Tuning.MinFuzzySimilarity && best < Tuning.VowelVariantSimilarity && OneVowelApart(queryToken, listedToken))
        {
            how = MatchHow.VowelVariant;
            return Tuning.VowelVariantSimilarity;
        }
        if (best >= Tuning.MinFuzzySimilarity) { how = MatchHow.Fuzzy; return best; }
        if (Anagrams.Are(queryToken, listedToken)) { how = MatchHow.Anagram; return Tuning.AnagramSimilarity; }
        how = MatchHow.None;
        return 0;
    }

    /// <summary>
    /// Similarity of two consonant skeletons: with <paramref name="openSyllables"/> (one name written in Chinese,
    /// kana or Hangul, skeletons with codas marked) by <see cref="SoundAlignment"/>, where codas are cheap;
    /// otherwise equal, or one edit apart when long enough to mean something.
    /// </summary>
    public static double OfSkeletons(ReadOnlySpan<char> query, ReadOnlySpan<char> listed, bool openSyllables)
    {
        if (openSyllables) return SoundAlignment.Similarity(query, listed);
        if (query.Length < 2 || listed.Length < 2) return 0;
        if (query.SequenceEqual(listed)) return Tuning.SkeletonSimilarity;
        if (query.Length < 4 || listed.Length < 4 || Math.Abs(query.Length - listed.Length) > 1) return 0;
        return Levenshtein.Distance(query, listed, 1) <= 1 ? Tuning.NearSkeletonSimilarity : 0;
    }

    /// <summary>
    /// Similarity of two tokens of names in different scripts, on their skeletons. A single syllable (jin, kwang,
    /// two consonants at most on both sides) is compared on the plain skeletons, which keep the g of ng (with codas
    /// cheap, 진 jin would meet Kwang), and beside Chinese or Korean must agree on its vowel too.
    /// </summary>
    public static double AcrossScripts(PreparedName query, int i, PreparedName listed, int j, bool openSyllables)
    {
        if (openSyllables && Math.Max(SoundAlignment.Consonants(query.SkeletonOf(i, codas: true)), SoundAlignment.Consonants(listed.SkeletonOf(j, codas: true))) >= 3)
            return SoundAlignment.Similarity(query.SkeletonOf(i, codas: true), listed.SkeletonOf(j, codas: true));
        if (openSyllables && query.SyllableVowels[i] != listed.SyllableVowels[j]) return 0;
        var q = query.SkeletonOf(i);
        var l = listed.SkeletonOf(j);
        // One consonant each (אבי abi, Avi; ג'ק jq, Jack): the same consonant and the same opening letter, weak
        // evidence that counts beside the rest of a name but is no match alone.
        if (!openSyllables && q.Length == 1 && string.Equals(q, l, StringComparison.Ordinal) && SameOpening(query.Tokens[i], listed.Tokens[j]))
            return Tuning.ShortSkeletonSimilarity;
        return OfSkeletons(q, l, openSyllables: false);
    }

    /// <summary>
    /// Similarity of a romanised native token with a Latin one by <see cref="SpellingAlignment"/>, capped at
    /// <see cref="Tuning.SpellingSimilarity"/>; 0 below <see cref="Tuning.MinSpellingSimilarity"/>. Unlike a skeleton
    /// of one consonant, a spelling sees the vowels too: אבי (abi) meets Avi alone, not Abu.
    /// </summary>
    public static double BySpelling(ReadOnlySpan<char> native, ReadOnlySpan<char> latin, SpellingProfile profile) =>
        Math.Min(SpellingAlignment.Similarity(native, Unabbreviated(latin), profile), Tuning.SpellingSimilarity);

    /// <summary>
    /// Whether a run of a Korean name's syllables is a Chinese name's pinyin token read in Korean: the characters'
    /// Korean readings (유순 yu sun, Liu Shun) or Korean's spelling of Mandarin (리바오둥 ri pa o tung, Li Baodong).
    /// </summary>
    public static bool ReadsAsChinese(ReadOnlySpan<string> syllables, ReadOnlySpan<char> latin) =>
        SinoKoreanReadings.ReadsRun(syllables, latin) || MandarinInHangul.TranscribesRun(syllables, latin);

    /// <summary>
    /// The same for a Latin token in Wade-Giles (샤오징훙 sya o jing hung, Hsiao Ching Hung), in Korean's spelling of
    /// Mandarin only: Wade-Giles names are of people after 1911 (Taiwan, before pinyin), whom Korean writes by their
    /// Mandarin sound. Sino-Korean readings against Wade-Giles met Korean names (성훈 최 song hun, Hsien Cheng: 성 reads 成).
    /// </summary>
    public static bool ReadsAsChineseInWadeGiles(ReadOnlySpan<string> syllables, ReadOnlySpan<char> latin) =>
        MandarinInHangul.TranscribesRunInWadeGiles(syllables, latin);

    /// <summary>
    /// Whether every word of a Latin name is Wade-Giles (Hsiao Ching Hung, Kung Te-cheng): the other way Chinese names
    /// are written, read in Korean like pinyin ones. A name in pinyin is read as pinyin first.
    /// </summary>
    public static bool IsWadeGilesName(PreparedName latin)
    {
        for (var k = 0; k < latin.Length; k++)
        {
            if (latin.Roles[k] == TokenRole.Word && !TokenRoles.IsTitleWord(latin.Tokens[k]) && !WadeGiles.IsWadeGiles(latin.Tokens[k])) return false;
        }
        return true;
    }

    /// <summary>
    /// Whether every word of a Latin name is pinyin (Liu Shun, LI Shangfu), as a Chinese name is written: only such
    /// names are read in Korean (CHANG Myong Ho, in McCune-Reischauer, is not, though 상 sang reads 常 chang).
    /// </summary>
    public static bool IsPinyinName(PreparedName latin)
    {
        for (var k = 0; k < latin.Length; k++)
        {
            // A title beside the name (Duke Ling of Qin, King Mu) is no part of it.
            if (latin.Roles[k] == TokenRole.Word && !TokenRoles.IsTitleWord(latin.Tokens[k]) && !SinoKoreanReadings.IsPinyin(latin.Tokens[k])) return false;
        }
        return true;
    }

    /// <summary>The words Latin spellings of names abbreviate and other scripts write in full (ג'וניור, Jr.; סנט, St.).</summary>
    internal static ReadOnlySpan<char> Unabbreviated(ReadOnlySpan<char> latin) => latin switch
    {
        "jr" => "junior",
        "sr" => "senior",
        "st" => "saint",
        _ => latin,
    };

    // The same first letter, or a vowel first in both (אדי adi, Eddie).
    private static bool SameOpening(string a, string b) =>
        a.Length > 0 && b.Length > 0 && (a[0] == b[0] || (IsVowel(a[0]) && IsVowel(b[0])));

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>
    /// Fuzzy similarity of two keys of tokens in different scripts, without the discount keys take between Latin
    /// spellings: across scripts the keys themselves come from romanisations.
    /// </summary>
    /// <remarks>From <paramref name="keysFuzzy"/> when <see cref="Of(string, string, string, string, out MatchHow, out double)"/> gave it (else -1).</remarks>
    public static double OfKeysAcrossScripts(double keysFuzzy, string queryKey, string listedKey)
    {
        var s = keysFuzzy >= 0 ? keysFuzzy : Fuzzy(queryKey, listedKey);
        return s >= Tuning.MinFuzzySimilarity ? s : 0;
    }

    /// <summary>
    /// Skeletons of adjacent tokens run together. With codas marked, a coda l then an l or r is one liquid, which
    /// Korean writes twice (밸리 pael li, Valli). (Merging any repeated consonant let more Chinese and Korean
    /// names meet listed names they are not.)
    /// </summary>
    public static string JoinSkeletons(string joined, string next, bool codas)
    {
        var buffer = new char[joined.Length + next.Length];
        joined.CopyTo(buffer);
        var length = JoinSkeletons(buffer, joined.Length, next, codas);
        return new string(buffer, 0, length);
    }

    /// <summary>
    /// The same in place: <paramref name="next"/> joined to the first <paramref name="length"/> characters of
    /// <paramref name="buffer"/>; the new length, or -1 when the buffer is too short. No allocation.
    /// </summary>
    public static int JoinSkeletons(Span<char> buffer, int length, ReadOnlySpan<char> next, bool codas)
    {
        if (codas && length > 0 && buffer[length - 1] == 'L' && next.Length > 0 && next[0] is 'r' or 'R') next = next[1..];
        if (length + next.Length > buffer.Length) return -1;
        next.CopyTo(buffer[length..]);
        return length + next.Length;
    }

    // The same letters but one vowel for another, in a token long enough for one vowel not to make another name.
    private static bool OneVowelApart(string a, string b)
    {
        if (a.Length != b.Length || a.Length < Tuning.MinVowelVariantLength) return false;
        var differ = 0;
        for (var k = 0; k < a.Length; k++)
        {
            if (a[k] == b[k]) continue;
            if (!IsVowel(a[k]) || !IsVowel(b[k]) || ++differ > 1) return false;
        }
        return differ == 1;
    }

    // Latvian and Lithuanian give foreign names a nominative -s (Sergejs Lavrovs = Sergey Lavrov): one key is the other plus s.
    private static bool IsSuffixS(string longer, string shorter) =>
        shorter.Length >= 5 && longer.Length == shorter.Length + 1 && longer[^1] == 's' && longer.StartsWith(shorter, StringComparison.Ordinal);

    // 1 - edit distance / longer length, for tokens long enough for a typo to be credible.
    private static double Fuzzy(string a, string b)
    {
        if (a.Length < Tuning.MinFuzzyLength || b.Length < Tuning.MinFuzzyLength) return 0;
        var longer = Math.Max(a.Length, b.Length);
        // Beyond this many edits the similarity is below the minimum anyway: stop early.
        var maxEdits = (int)Math.Floor(longer * (1 - Tuning.MinFuzzySimilarity));
        if (Math.Abs(a.Length - b.Length) > maxEdits) return 0;
        var distance = Levenshtein.Distance(a, b, maxEdits);
        return distance > maxEdits ? 0 : 1.0 - (double)distance / longer;
    }
}
