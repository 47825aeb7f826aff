using System.Collections.Frozen;

namespace Embargo.Matching.Text;

/// <summary>
/// A pinyin syllable in Wade-Giles, the romanisation of Chinese names from Taiwan and from before 1958 (Hsiao Ching
/// Hung, Kung Te-cheng): folded as names are, without the apostrophes of aspiration or the umlaut (ch'ing → ching,
/// hsü → hsu). Made by the system's rules over initials and finals: b d g as p t k, j q zh as ch, x as hs, z c as ts,
/// r as j; ong as ung, ian as ien, ie as ieh, uo as o; zhi chi shi ri zi ci si as chih shih jih tzu ssu. ICU has no
/// such transform.
/// </summary>
internal static class WadeGiles
{
    private const int LongestSyllable = 6; // chuang, hsiung

    // Every Wade-Giles syllable of a pinyin syllable some character is read as.
    private static readonly Lazy<FrozenSet<string>> Syllables = new(() =>
        SinoKoreanReadings.PinyinSyllables.Select(Of).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>The Wade-Giles spelling of a toneless pinyin syllable (xiao → hsiao, zhong → chung, de → te).</summary>
    public static string Of(string pinyin)
    {
        switch (pinyin)
        {
            case "zi" or "ci": return "tzu";
            case "si": return "ssu";
            case "zhi" or "chi": return "chih";
            case "shi": return "shih";
            case "ri": return "jih";
            case "er": return "erh";
            case "e": return "o";
            case "ge" or "ke": return "ko";
            case "he": return "ho";
            case "gui" or "kui": return "kuei";
            case "yi": return "i";
            case "ye": return "yeh";
            case "yan": return "yen";
            case "you": return "yu";
            case "yong": return "yung";
            case "yue": return "yueh";
        }
        var (initial, final) = Split(pinyin);
        var wadeInitial = initial switch
        {
            "b" => "p", "d" => "t", "g" => "k", "j" or "q" or "zh" => "ch", "x" => "hs", "r" => "j", "z" or "c" => "ts",
            _ => initial,
        };
        var wadeFinal = final switch
        {
            "ong" => "ung",
            "iong" => "iung",
            "ian" => "ien",
            "ie" => "ieh",
            "ue" => "ueh",
            // uo is o but after g, k, h and sh (kuo, huo, shuo), and wo keeps its w.
            "uo" when initial is not ("g" or "k" or "h" or "sh" or "w") => "o",
            _ => final,
        };
        return wadeInitial + wadeFinal;
    }

    /// <summary>Whether a token is Wade-Giles syllables run together (hsiao, chingkuo), as a Chinese name from Taiwan is written.</summary>
    public static bool IsWadeGiles(ReadOnlySpan<char> token) => token.Length <= 4 * LongestSyllable && SyllableRuns.Splits(token, Syllables.Value, LongestSyllable);

    private static (string Initial, string Final) Split(string pinyin)
    {
        if (pinyin.Length > 2 && pinyin[1] == 'h' && pinyin[0] is 'z' or 'c' or 's') return (pinyin[..2], pinyin[2..]);
        return pinyin.Length > 1 && !IsVowel(pinyin[0]) ? (pinyin[..1], pinyin[1..]) : ("", pinyin);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
