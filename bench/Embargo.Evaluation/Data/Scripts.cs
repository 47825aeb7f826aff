using System.Globalization;
using System.Text;

namespace Embargo.Evaluation.Data;

/// <summary>
/// The writing system of a name, roughly, for per-script breakdowns: the script of its first non-Latin letter
/// (kana anywhere makes it Japanese, since Japanese names mix kana with Han), Latin when every letter is Latin.
/// </summary>
internal static class Scripts
{
    public const string Latin = "Latin";

    public static string Of(string text)
    {
        string? first = null;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune)) continue;
            var script = Of(rune.Value);
            if (script == "Japanese") return script;
            if (script != Latin) first ??= script;
        }
        return first ?? Latin;
    }

    private static string Of(int c) => c switch
    {
        < 0x0250 or (>= 0x1E00 and < 0x1F00) => Latin,
        >= 0x0370 and < 0x0400 or >= 0x1F00 and < 0x2000 => "Greek",
        >= 0x0400 and < 0x0530 => "Cyrillic",
        >= 0x0530 and < 0x0590 => "Armenian",
        >= 0x0590 and < 0x0600 => "Hebrew",
        >= 0x0600 and < 0x0780 or >= 0x08A0 and < 0x0900 or >= 0xFB50 and < 0xFE00 or >= 0xFE70 and < 0xFF00 => "Arabic",
        >= 0x0900 and < 0x0980 => "Devanagari",
        >= 0x0980 and < 0x0E00 => "Indic (other)",
        >= 0x0E00 and < 0x0E80 => "Thai",
        >= 0x10A0 and < 0x1100 => "Georgian",
        >= 0x1100 and < 0x1200 or >= 0x3130 and < 0x3190 or >= 0xAC00 and < 0xD7B0 => "Hangul",
        >= 0x1200 and < 0x1380 => "Ethiopic",
        >= 0x3040 and < 0x3100 or >= 0x31F0 and < 0x3200 or >= 0xFF66 and < 0xFFA0 => "Japanese",
        >= 0x3400 and < 0xA000 or >= 0xF900 and < 0xFB00 or >= 0x20000 and < 0x32000 => "Han",
        _ => "Other",
    };

    /// <summary>How many whitespace-separated parts a name has, bucketed: 1, 2, 3, 4+.</summary>
    public static string TokenBucket(string name)
    {
        var count = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return count >= 4 ? "4+" : count.ToString(CultureInfo.InvariantCulture);
    }
}
