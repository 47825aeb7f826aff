namespace Embargo.Matching.Text;

/// <summary>
/// Korean syllables the way sanctions lists write Korean names: one syllable at a time (PAK To Chun, KIM Jong
/// Un), McCune-Reischauer as ICU's Korean-Latin/BGN gives it, with the two letters the DPRK's own romanisation
/// (and so the lists) writes differently: ㅈ as j (Jong, not Chong) and an initial ㄹ as r (Ri, Ryong). ICU 72
/// loses vowels when it romanises several syllables in one call (박도춘 → paktch'un), one more reason to go
/// syllable by syllable; each of the 11,172 syllables is romanised once and kept.
/// </summary>
internal static class HangulRomanizer
{
    private const int First = 0xAC00;
    internal const int FirstSyllable = First;
    internal const int SyllableCount = 11172;
    private const int VowelsTimesFinals = 21 * 28;
    private const int InitialNieun = 2;   // ㄴ
    private const int InitialRieul = 5;   // ㄹ
    private const int InitialIeung = 11;  // ㅇ: no sound as an initial
    private const int InitialJieut = 12;  // ㅈ
    private const int VowelEu = 18;       // ㅡ
    private const int FinalRieul = 8;     // ㄹ as a final

    // Filled lazily; a race only computes the same string twice.
    private static readonly string?[] Cache = new string?[SyllableCount];

    public static bool IsSyllable(char c) => c >= First && c < First + SyllableCount;

    /// <summary>ㄹ then ㄹ is ll (줄리언 → jul li on, Julian), where an initial ㄹ alone is r.</summary>
    private static bool DoublesRieul(char previous, char syllable) =>
        IsSyllable(previous) && IsSyllable(syllable)
        && (previous - First) % 28 == FinalRieul && (syllable - First) / VowelsTimesFinals == InitialRieul;

    /// <summary>
    /// Whether a text is shaped like a Korean name: its Hangul written as one word of up to four syllables (박도춘,
    /// 남궁민수), or as words of two syllables at most beside a surname of one (준영 최, 김 정은), every syllable one
    /// that reads Chinese characters (<see cref="SinoKoreanReadings.HasReading"/>). Foreign names spelt
    /// in Hangul take longer words (로베르토 베니니, Roberto Benigni; 하야시 요시오, Hayashi Yoshio) or the vowel
    /// Korean adds to a bare consonant (폴 너스, Paul Nurse).
    /// </summary>
    public static bool IsKoreanNameShape(ReadOnlySpan<char> text)
    {
        int written = 0, words = 0, syllables = 0, shortest = int.MaxValue, longest = 0, start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && IsSyllable(text[i]))
            {
                if (IsEpenthetic(text[i])) return false;
                if (start < 0) start = i;
                continue;
            }
            if (start < 0) continue;
            var word = text[start..i];
            start = -1;
            // A title after the name (지증왕, King Jijeung; 하나조노 천황) is no part of its shape.
            var current = word.Length - HangulTitles.SuffixLength(word, koreanName: true, written > 0, out _);
            written++;
            if (current == 0) continue;
            words++;
            syllables += current;
            shortest = Math.Min(shortest, current);
            longest = Math.Max(longest, current);
        }
        // One word written alone may be a whole Korean name (박도춘), or a Chinese one in Korean's spelling of Mandarin
        // (왕샤오밍), not one with a syllable neither writes (쉘비, Shelby); beside a title word it is
        // one word of several (사쿠라다 천황).
        return written == 1 ? syllables <= 4 && AllReadOrMandarin(text) : shortest == 1 && longest <= 2 && AllRead(text);
    }

    private static bool AllReadOrMandarin(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsSyllable(c) && !SinoKoreanReadings.HasReading(c) && !MandarinInHangul.Writes(c)) return false;
        }
        return true;
    }

    // Names in words of one and two syllables that are foreign all the same (폴 킴, Paul Kim; 샘 쇼, Sam Shaw): a
    // syllable no Chinese character reads is not in a Korean surname or Sino-Korean given name.
    private static bool AllRead(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsSyllable(c) && !SinoKoreanReadings.HasReading(c)) return false;
        }
        return true;
    }

    /// <summary>
    /// Appends a Hangul word: a Korean name one word per syllable (박도춘 → pak to chun); a foreign word, known by the
    /// vowel ㅡ that Korean puts after consonants other languages leave bare (스티브 = s(eu)-ti-b(eu), Steve), or
    /// by <paramref name="foreignName"/> (a name not shaped like a Korean one), as one word without those vowels (stip).
    /// A title at the word's end (<see cref="HangulTitles"/>) becomes a word of its own, in English.
    /// </summary>
    public static void Append(scoped ReadOnlySpan<char> word, bool foreignName, bool afterAnotherWord, ref CharBuffer output)
    {
        // A title after the name is written as the English title it means (지증왕 → ji jung king).
        var title = HangulTitles.SuffixLength(word, !foreignName, afterAnotherWord, out var english);
        if (title > 0)
        {
            var stem = word[..^title];
            if (!stem.IsEmpty)
            {
                AppendName(stem, foreignName, ref output);
                output.Append(' ');
            }
            output.Append(english);
            return;
        }
        AppendName(word, foreignName, ref output);
    }

    private static void AppendName(scoped ReadOnlySpan<char> word, bool foreignName, ref CharBuffer output)
    {
        var foreign = foreignName;
        foreach (var c in word) foreign |= IsEpenthetic(c);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (i > 0 && !foreign) output.Append(' ');
            if (!IsSyllable(c))
            {
                IcuTransforms.Append(Romanizer.Other, word.Slice(i, 1), ref output);
                continue;
            }
            var latin = Romanize(c).AsSpan();
            if (i > 0 && DoublesRieul(word[i - 1], c))
            {
                output.Append('l');
                latin = latin[1..];
            }
            if (IsEpenthetic(c) && latin.Length > 1 && latin[^1] == 'u') latin = latin[..^1];
            // In a foreign word ㄱ ㄷ ㅂ stand for g d b (브라이언, Brian); in Korean names lists keep k t p (Pak, Kim).
            if (foreign && latin.Length > 0 && Voiced((c - First) / VowelsTimesFinals) is var voiced and not '\0')
            {
                output.Append(voiced);
                latin = latin[1..];
            }
            output.Append(latin);
        }
    }

    private static char Voiced(int initial) => initial switch
    {
        0 => 'g', // ㄱ
        3 => 'd', // ㄷ
        7 => 'b', // ㅂ
        _ => '\0',
    };

    // A consonant with ㅡ and no final: the vowel Korean adds to a bare consonant of a foreign word.
    private static bool IsEpenthetic(char c)
    {
        if (!IsSyllable(c)) return false;
        var index = c - First;
        return index / VowelsTimesFinals != InitialIeung && index % VowelsTimesFinals / 28 == VowelEu && index % 28 == 0;
    }

    /// <summary>
    /// A syllable as South Korea writes it at the start of a word (the initial sound law, 두음 법칙): ㄹ before i or y
    /// is dropped (리 → 이, 류 → 유) and before other vowels is ㄴ (로 → 노, 뢰 → 뇌); ㄴ before i or y is dropped
    /// (녀 → 여). Other syllables are themselves.
    /// </summary>
    public static char AsInitial(char syllable)
    {
        if (!IsSyllable(syllable)) return syllable;
        var index = syllable - First;
        var initial = index / VowelsTimesFinals;
        var vowel = index % VowelsTimesFinals / 28;
        var palatal = vowel is 2 or 3 or 6 or 7 or 12 or 17 or 20; // ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ
        var replaced = initial switch
        {
            InitialRieul => palatal ? InitialIeung : InitialNieun,
            InitialNieun when palatal => InitialIeung,
            _ => initial,
        };
        return (char)(syllable + (replaced - initial) * VowelsTimesFinals);
    }

    public static string Romanize(char syllable)
    {
        var index = syllable - First;
        return Cache[index] ??= Compute(syllable, index / VowelsTimesFinals);
    }

    private static string Compute(char syllable, int initial)
    {
        Span<char> initialBuffer = stackalloc char[32];
        var output = new CharBuffer(initialBuffer);
        try
        {
            IcuTransforms.Append(Romanizer.KoreanSyllable, [syllable], ref output);
            var latin = output.Written;
            // Apostrophes of aspiration (ch'un) are dropped by the folder anyway.
            if (initial == InitialJieut && latin.StartsWith("ch", StringComparison.Ordinal)) return "j" + latin[2..].ToString();
            if (initial == InitialRieul)
            {
                if (latin.StartsWith("n", StringComparison.Ordinal) || latin.StartsWith("r", StringComparison.Ordinal)) return "r" + latin[1..].ToString();
                return "r" + latin.ToString();
            }
            return latin.ToString();
        }
        finally
        {
            output.Dispose();
        }
    }
}
