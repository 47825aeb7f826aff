using System.Text;

namespace Embargo.Matching.Text;

/// <summary>
/// Unicode to lowercase ASCII words: compatibility forms (NFKC), other scripts transliterated (only their runs),
/// diacritics removed (Müller → muller), apostrophes dropped inside words (GRIGOR'EV → grigorev), dotted initials
/// joined (T.E.G. → teg), a per cent sign read as the word (3%ers → 3 percenters), every other punctuation a word
/// break (AL-QAIDA → al qaida), digits kept. Independent of
/// the current culture; plain ASCII takes a fast path and comes back as the same instance when already folded.
/// </summary>
internal static class NameFolder
{
    public static string Fold(string name)
    {
        if (string.IsNullOrEmpty(name)) return "";
        if (Ascii.IsValid(name)) return FoldLatin(name);
        var text = name.IsNormalized(NormalizationForm.FormKC) ? name : name.Normalize(NormalizationForm.FormKC);
        if (Transliteration.IndexOfNonLatinLetter(text) >= 0) text = Transliteration.ToLatin(text);
        return FoldLatin(text);
    }

    private static string FoldLatin(string text)
    {
        Span<char> initial = stackalloc char[CharBuffer.StackSize];
        var output = new CharBuffer(initial);
        try
        {
            var pendingSpace = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsAsciiLetterOrDigit(c))
                {
                    if (pendingSpace && output.Length > 0) output.Append(' ');
                    pendingSpace = false;
                    output.Append(char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c);
                }
                else if (c == '%')
                {
                    // Read as said, and part of the word it opens: 3%ers are the Three Percenters.
                    if (output.Length > 0) output.Append(' ');
                    output.Append("percent");
                    pendingSpace = false;
                }
                else if (c < 0x80)
                {
                    // Apostrophes vanish (GRIGOR'EV), a dot between initials too (T.E.G.), the rest separates words.
                    if (!(c is '\'' or '`' || (c == '.' && IsInitialDot(text, i)))) pendingSpace = true;
                }
                else if (LatinLetters.Fold(c) is { } letters)
                {
                    if (letters.Length == 0) continue; // a mark or an apostrophe
                    if (pendingSpace && output.Length > 0) output.Append(' ');
                    pendingSpace = false;
                    output.Append(letters);
                }
                else
                {
                    pendingSpace = true;
                }
            }
            return output.ToString(text);
        }
        finally
        {
            output.Dispose();
        }
    }

    // "T.E.G.": a dot between two single letters (the one before follows a non-letter, the one after precedes one).
    private static bool IsInitialDot(string text, int i) =>
        i >= 1 && char.IsLetter(text[i - 1]) && (i == 1 || !char.IsLetter(text[i - 2]))
        && i + 1 < text.Length && char.IsLetter(text[i + 1]) && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]));
}
