using System.Buffers;
using System.Text;

namespace Embargo.Core.Text;

/// <summary>
/// The ISO 15924 script a name is written in, from its letters: the script of most letters wins, so Latin
/// initials beside an Arabic name do not outvote it. Chinese characters are refined by what stands beside them:
/// with kana they are Japanese (<c>Jpan</c>), with Hangul Korean (<c>Kore</c>), alone <c>Hant</c> or <c>Hans</c>
/// when one of a few common characters shows which writing system, else <c>Hani</c>.
/// </summary>
public static class ScriptDetector
{
    public const string Latin = "Latn";

    // Common characters that exist in only one of the two Chinese writing systems.
    private static readonly SearchValues<char> TraditionalOnly =
        SearchValues.Create("國東華會學門馬龍為電發貿業團鮮這來們說時個對開關長書車軍機實區際經濟銀線島亞義");
    private static readonly SearchValues<char> SimplifiedOnly =
        SearchValues.Create("国东华会学门马龙为电发贸业团鲜这来们说时个对开关长书车军机实区际经济银线岛亚义");

    private enum Script
    {
        None, Latin, Cyrillic, Greek, Arabic, Hebrew, Han, Kana, Hangul, Thai, Devanagari, Georgian, Armenian,
        Ethiopic, Syriac, Thaana, Myanmar, Count,
    }

    private static readonly string[] Codes =
    [
        "", Latin, "Cyrl", "Grek", "Arab", "Hebr", "Hani", "Jpan", "Hang", "Thai", "Deva", "Geor", "Armn",
        "Ethi", "Syrc", "Thaa", "Mymr",
    ];

    /// <summary>The script code, or null when the text has no letters.</summary>
    public static string? Detect(ReadOnlySpan<char> text)
    {
        Span<int> counts = stackalloc int[(int)Script.Count];
        foreach (var rune in text.EnumerateRunes())
        {
            // Marks, digits and punctuation inside a script's block say nothing about the name.
            if (Rune.IsLetter(rune) && Classify(rune.Value) is var script and not Script.None) counts[(int)script]++;
        }
        var best = Script.None; // counts[None] stays 0: letters of other scripts are not counted
        for (var s = Script.None + 1; s < Script.Count; s++)
        {
            if (counts[(int)s] > counts[(int)best]) best = s;
        }
        return best switch
        {
            Script.None => null,
            Script.Han or Script.Kana or Script.Hangul => EastAsian(text, best, counts),
            _ => Codes[(int)best],
        };
    }

    /// <summary>
    /// The script code when it is not Latin, else null: what <c>EntryName.Script</c> holds, where null means a
    /// name in Latin letters (or one without letters).
    /// </summary>
    public static string? DetectNonLatin(ReadOnlySpan<char> text) => Detect(text) is var script && script == Latin ? null : script;

    private static Script Classify(int c) => c switch
    {
        // Latin-1 letters, Latin Extended A/B, IPA and Latin Extended Additional.
        (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= 0x00C0 and <= 0x02AF) or (>= 0x1E00 and <= 0x1EFF) => Script.Latin,
        (>= 0x0370 and <= 0x03FF) or (>= 0x1F00 and <= 0x1FFF) => Script.Greek,
        (>= 0x0400 and <= 0x052F) or (>= 0x1C80 and <= 0x1C8F) => Script.Cyrillic,
        >= 0x0530 and <= 0x058F => Script.Armenian,
        >= 0x0590 and <= 0x05FF => Script.Hebrew,
        (>= 0x0600 and <= 0x06FF) or (>= 0x0750 and <= 0x077F) or (>= 0x08A0 and <= 0x08FF)
            or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF) => Script.Arabic,
        >= 0x0700 and <= 0x074F => Script.Syriac,
        >= 0x0780 and <= 0x07BF => Script.Thaana,
        >= 0x0900 and <= 0x097F => Script.Devanagari,
        >= 0x0E00 and <= 0x0E7F => Script.Thai,
        >= 0x1000 and <= 0x109F => Script.Myanmar,
        (>= 0x10A0 and <= 0x10FF) or (>= 0x2D00 and <= 0x2D2F) => Script.Georgian,
        (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F) or (>= 0xAC00 and <= 0xD7AF) => Script.Hangul,
        >= 0x1200 and <= 0x139F => Script.Ethiopic,
        (>= 0x3040 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF) => Script.Kana,
        (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x2FA1F) => Script.Han,
        _ => Script.None,
    };

    // Japanese and Korean mix Chinese characters with their own; the mix names the writing system.
    private static string EastAsian(ReadOnlySpan<char> text, Script best, ReadOnlySpan<int> counts)
    {
        if (counts[(int)Script.Kana] > 0) return "Jpan";
        if (counts[(int)Script.Hangul] > 0) return counts[(int)Script.Han] > 0 ? "Kore" : "Hang";
        if (best != Script.Han) return Codes[(int)best];
        if (text.IndexOfAny(TraditionalOnly) >= 0) return "Hant";
        if (text.IndexOfAny(SimplifiedOnly) >= 0) return "Hans";
        return "Hani";
    }
}
