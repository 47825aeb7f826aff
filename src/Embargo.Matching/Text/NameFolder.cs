using System.Globalization;
using System.Text;

namespace Embargo.Matching.Text;

/// <summary>
/// Unicode to lowercase ASCII words: compatibility forms, case, diacritics, apostrophes (GRIGOR'EV → grigorev),
/// dotted initials (T.E.G. → teg), every other punctuation a word break. Non-Latin scripts are transliterated.
/// </summary>
internal static class NameFolder
{
    public static string Fold(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var text = name.Normalize(NormalizationForm.FormKC);
        if (!IsLatinOrCommon(text)) text = Transliteration.ToLatin(text);
        text = text.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (c is '\'' or '’' or '‘' or 'ʼ' or 'ʻ' or '`' or '´') continue; // inside a word: GRIGOR'EV
            if (c == '.' && IsInitialDot(text, i)) continue;                    // T.E.G. → TEG
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                var lower = char.ToLowerInvariant(c);
                if (lower < 128) sb.Append(lower);
                else sb.Append(Fallback(lower));
            }
            else
            {
                pendingSpace = true;
            }
        }
        return sb.ToString();
    }

    // "T.E.G." : a dot right after a lone letter that follows a dot, space or the start.
    private static bool IsInitialDot(string text, int i) =>
        i >= 1 && char.IsLetter(text[i - 1]) && (i == 1 || !char.IsLetter(text[i - 2]))
        && i + 1 < text.Length && char.IsLetter(text[i + 1]) && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]));

    private static string Fallback(char c) => c switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'đ' or 'ð' => "d",
        'ł' => "l",
        'ı' => "i",
        'þ' => "th",
        _ => Transliteration.ToLatin(c.ToString()) is { Length: > 0 } latin && latin.All(char.IsAscii) ? latin.ToLowerInvariant() : "",
    };

    private static bool IsLatinOrCommon(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x0250 && char.IsLetter(c) && c is not (>= '\u1E00' and <= '\u1EFF')) return false;
        }
        return true;
    }
}
