namespace Embargo.Lists.Un;

/// <summary>
/// The ISO 15924 script a name is written in, from its letters: the script of most letters wins. Han text is
/// <c>Hant</c> or <c>Hans</c> when one of a few common characters shows which, else <c>Hani</c>.
/// </summary>
internal static class ScriptDetector
{
    public const string Latin = "Latn";

    // Common characters that exist in only one of the two Chinese writing systems.
    private const string TraditionalOnly = "國東華會學門馬龍為電發貿業團鮮這來們說時個對開關長書車軍機實區際經濟銀線島亞義";
    private const string SimplifiedOnly = "国东华会学门马龙为电发贸业团鲜这来们说时个对开关长书车军机实区际经济银线岛亚义";

    /// <summary>The script code, or null when the text has no letters.</summary>
    public static string? Detect(string text)
    {
        Span<int> counts = stackalloc int[(int)Script.Count];
        foreach (var rune in text.EnumerateRunes())
        {
            var script = Classify(rune.Value);
            if (script != Script.None) counts[(int)script]++;
        }
        var best = Script.None;
        for (var s = Script.None + 1; s < Script.Count; s++)
        {
            if (counts[(int)s] > (best == Script.None ? 0 : counts[(int)best])) best = s;
        }
        return best switch
        {
            Script.None => null,
            Script.Han => HanVariant(text),
            _ => Codes[(int)best],
        };
    }

    private enum Script { None, Latin, Cyrillic, Greek, Arabic, Hebrew, Han, Kana, Hangul, Thai, Devanagari, Georgian, Armenian, Ethiopic, Syriac, Thaana, Count }

    private static readonly string[] Codes =
        ["", Latin, "Cyrl", "Grek", "Arab", "Hebr", "Hani", "Jpan", "Hang", "Thai", "Deva", "Geor", "Armn", "Ethi", "Syrc", "Thaa"];

    private static Script Classify(int c) => c switch
    {
        (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= 0x00C0 and <= 0x024F) or (>= 0x1E00 and <= 0x1EFF) =>
            c is 0x00D7 or 0x00F7 ? Script.None : Script.Latin,
        >= 0x0370 and <= 0x03FF => Script.Greek,
        (>= 0x0400 and <= 0x052F) or (>= 0x1C80 and <= 0x1C8F) => Script.Cyrillic,
        >= 0x0530 and <= 0x058F => Script.Armenian,
        >= 0x05D0 and <= 0x05FF => Script.Hebrew,
        (>= 0x0620 and <= 0x064A) or (>= 0x066E and <= 0x06D3) or (>= 0x06FA and <= 0x06FF) or (>= 0x0750 and <= 0x077F)
            or (>= 0x08A0 and <= 0x08FF) or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF) => Script.Arabic,
        >= 0x0710 and <= 0x074F => Script.Syriac,
        >= 0x0780 and <= 0x07BF => Script.Thaana,
        >= 0x0900 and <= 0x097F => Script.Devanagari,
        >= 0x0E00 and <= 0x0E7F => Script.Thai,
        (>= 0x10A0 and <= 0x10FF) or (>= 0x2D00 and <= 0x2D2F) => Script.Georgian,
        (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F) or (>= 0xAC00 and <= 0xD7AF) => Script.Hangul,
        >= 0x1200 and <= 0x139F => Script.Ethiopic,
        (>= 0x3040 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF) => Script.Kana,
        (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x2FA1F) => Script.Han,
        _ => Script.None,
    };

    private static string HanVariant(string text)
    {
        // Kana beside Han means Japanese; the majority rule already picked Han, so check for any kana.
        foreach (var c in text)
        {
            if (c is >= '\u3040' and <= '\u30FF') return "Jpan";
        }
        if (text.AsSpan().IndexOfAny(TraditionalOnly) >= 0) return "Hant";
        if (text.AsSpan().IndexOfAny(SimplifiedOnly) >= 0) return "Hans";
        return "Hani";
    }
}
