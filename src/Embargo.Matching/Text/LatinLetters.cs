using System.Globalization;
using System.Text;

namespace Embargo.Matching.Text;

/// <summary>
/// Latin letters beyond ASCII to lowercase ASCII (é → e, Ø → o, ß → ss, İ and ı → i), from a table built once from
/// Unicode's decompositions plus the letters that have none. The table makes folding independent of the current
/// culture (no Turkish i trap) and of per-call normalisation.
/// </summary>
internal static class LatinLetters
{
    // Latin-1 Supplement to Spacing Modifiers, and Latin Extended Additional (Vietnamese).
    private const int FirstBlockStart = 0x00A0;
    private const int FirstBlockEnd = 0x02FF;
    private const int SecondBlockStart = 0x1E00;
    private const int SecondBlockEnd = 0x1EFF;

    private static readonly string?[] FirstBlock = Build(FirstBlockStart, FirstBlockEnd);
    private static readonly string?[] SecondBlock = Build(SecondBlockStart, SecondBlockEnd);

    /// <summary>
    /// The ASCII letters of a character: "" for a mark or an apostrophe (dropped inside words), null for anything
    /// that separates words (punctuation, symbols, spaces, letters the table does not know).
    /// </summary>
    public static string? Fold(char c)
    {
        if (c is >= (char)FirstBlockStart and <= (char)FirstBlockEnd) return FirstBlock[c - FirstBlockStart];
        if (c is >= (char)SecondBlockStart and <= (char)SecondBlockEnd) return SecondBlock[c - SecondBlockStart];
        if (IsApostrophe(c)) return "";
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Format ? "" : null;
    }

    /// <summary>Apostrophes and their look-alikes, ICU's transcription of soft signs, alef and ayin included.</summary>
    public static bool IsApostrophe(char c) =>
        c is '\'' or '`' or '\u00B4' or '\u2018' or '\u2019' or '\u201B' or '\u2032' or '\u02B9' or '\u02BA' or '\u02BB'
            or '\u02BC' or '\u02BD' or '\u02BE' or '\u02BF' or '\u02C8';

    private static string?[] Build(int start, int end)
    {
        var table = new string?[end - start + 1];
        for (var c = start; c <= end; c++) table[c - start] = Compute((char)c);
        return table;
    }

    private static string? Compute(char c)
    {
        if (IsApostrophe(c)) return "";
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) return "";
        if (!char.IsLetterOrDigit(c)) return null;
        if (Special(c) is { } special) return special;
        var ascii = new StringBuilder(2);
        foreach (var d in c.ToString().Normalize(NormalizationForm.FormKD))
        {
            if (char.IsAsciiLetter(d)) ascii.Append((char)(d | 0x20));
            else if (char.IsAsciiDigit(d)) ascii.Append(d);
        }
        if (ascii.Length > 0) return ascii.ToString();
        // Letters Unicode does not decompose (ƀ, ɓ): ICU's Latin-ASCII knows most; a letter it cannot read is dropped
        // rather than made a word break.
        Span<char> buffer = stackalloc char[16];
        var latin = new CharBuffer(buffer);
        try
        {
            IcuTransforms.Append(Romanizer.LatinAscii, [c], ref latin);
            foreach (var d in latin.Written)
            {
                if (char.IsAsciiLetter(d)) ascii.Append((char)(d | 0x20));
            }
            return ascii.ToString();
        }
        finally
        {
            latin.Dispose();
        }
    }

    // Letters without a decomposition to ASCII.
    private static string? Special(char c) => c switch
    {
        'ß' or 'ẞ' => "ss",
        'Æ' or 'æ' or 'Ǽ' or 'ǽ' or 'Ǣ' or 'ǣ' => "ae",
        'Œ' or 'œ' => "oe",
        'Ø' or 'ø' or 'Ǿ' or 'ǿ' => "o",
        'Đ' or 'đ' or 'Ð' or 'ð' or 'Ɖ' or 'ɖ' => "d",
        'Ł' or 'ł' or 'Ŀ' or 'ŀ' or 'Ƚ' or 'ƚ' => "l",
        'ı' or 'Ɨ' or 'ɨ' => "i",       // Turkish dotless i: the same letter as i in every romanisation lists use
        'Þ' or 'þ' => "th",
        'Ħ' or 'ħ' => "h",
        'Ŋ' or 'ŋ' => "ng",
        'ĸ' => "k",
        'ſ' => "s",
        'Ƒ' or 'ƒ' => "f",
        'Ə' or 'ə' or 'Ǝ' or 'ǝ' => "e", // Azerbaijani schwa
        'Ɛ' or 'ɛ' => "e",
        'Ɔ' or 'ɔ' => "o",
        'Ʒ' or 'ʒ' => "zh",
        'Ȝ' or 'ȝ' => "y",
        'Ʃ' or 'ʃ' => "sh",
        'ɑ' => "a",
        'ɡ' => "g",
        _ => null,
    };
}
