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
    private const int SyllableCount = 11172;
    private const int VowelsTimesFinals = 21 * 28;
    private const int InitialRieul = 5;   // ㄹ
    private const int InitialJieut = 12;  // ㅈ

    // Filled lazily; a race only computes the same string twice.
    private static readonly string?[] Cache = new string?[SyllableCount];

    private const int FinalRieul = 8;     // ㄹ as a final

    public static bool IsSyllable(char c) => c >= First && c < First + SyllableCount;

    /// <summary>ㄹ then ㄹ is ll (줄리언 → jul li on, Julian), where an initial ㄹ alone is r.</summary>
    public static bool DoublesRieul(char previous, char syllable) =>
        IsSyllable(previous) && IsSyllable(syllable)
        && (previous - First) % 28 == FinalRieul && (syllable - First) / VowelsTimesFinals == InitialRieul;

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
