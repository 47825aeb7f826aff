using System.Globalization;
using System.Text;

namespace Embargo.Matching.Text;

/// <summary>The writing systems the text pipeline romanises differently; everything else non-Latin is <see cref="Other"/>.</summary>
internal enum Script
{
    /// <summary>Not a letter: digits, punctuation, spaces, marks. Kept as they are.</summary>
    None,
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Han,
    Kana,
    Hangul,
    /// <summary>Devanagari, Bengali, Gurmukhi, Gujarati, Oriya: their inherent vowel is dropped (see <see cref="IndicRomanizer"/>).</summary>
    Indic,
    /// <summary>Any other script: Georgian, Armenian, Thai, Tamil, Ethiopic...</summary>
    Other,
}

internal static class Scripts
{
    /// <summary>The script of a letter by its Unicode block; <see cref="Script.None"/> for anything else.</summary>
    public static Script Of(Rune rune)
    {
        var c = rune.Value;
        if (c < 0x80) return (uint)((c | 0x20) - 'a') <= 'z' - 'a' ? Script.Latin : Script.None;
        if (!Rune.IsLetter(rune)) return Script.None;
        return c switch
        {
            // Latin-1, Extended A/B, IPA, Extended Additional, Extended C/D/E.
            (>= 0x00C0 and <= 0x02AF) or (>= 0x1E00 and <= 0x1EFF) or (>= 0x2C60 and <= 0x2C7F)
                or (>= 0xA720 and <= 0xA7FF) or (>= 0xAB30 and <= 0xAB6F) => Script.Latin,
            // Spacing modifier letters (ʼ ʻ ʹ): apostrophes to the folder, not a script.
            >= 0x02B0 and <= 0x02FF => Script.None,
            (>= 0x0370 and <= 0x03FF) or (>= 0x1F00 and <= 0x1FFF) => Script.Greek,
            (>= 0x0400 and <= 0x052F) or (>= 0x1C80 and <= 0x1C8F) or (>= 0x2DE0 and <= 0x2DFF) or (>= 0xA640 and <= 0xA69F) => Script.Cyrillic,
            (>= 0x0590 and <= 0x05FF) or (>= 0xFB1D and <= 0xFB4F) => Script.Hebrew,
            (>= 0x0600 and <= 0x06FF) or (>= 0x0750 and <= 0x077F) or (>= 0x08A0 and <= 0x08FF)
                or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF) => Script.Arabic,
            (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F) or (>= 0xAC00 and <= 0xD7AF) => Script.Hangul,
            (>= 0x3040 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF) => Script.Kana,
            >= 0x0900 and <= 0x0B7F => Script.Indic,
            (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x323AF) => Script.Han,
            _ => Script.Other,
        };
    }

    /// <summary>
    /// A combining mark or joiner: it belongs to the letter before it, so a run of a script goes on through
    /// Devanagari vowel signs, Arabic harakat or Hebrew niqqud.
    /// </summary>
    public static bool IsMark(Rune rune) =>
        rune.Value is 0x200C or 0x200D
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
