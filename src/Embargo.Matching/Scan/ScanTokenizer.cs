using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;

namespace Embargo.Matching.Scan;

/// <summary>
/// Splits free text into words with their offsets, and marks where sentences (and lines, quotes, brackets)
/// start: a name never runs across them. Inside a sentence, hyphens, slashes and commas separate words without
/// a break (AL-QAIDA, "SHUGAYEV, Dmitry"); a possessive 's ends the word before it (Turkey's → Turkey); other
/// apostrophes stay inside the word (O'Neil, GRIGOR'EV); a dot after an initial or a common abbreviation
/// (V. Putin, Gen. Smith, Co. Ltd.) does not end the sentence.
/// </summary>
internal static class ScanTokenizer
{
    /// <summary>Words longer than this are not names (hashes, base64, URLs run together).</summary>
    public const int MaxTokenLength = 64;

    // Sentence ends; then what only stops a name (quotes, brackets, colons, dashes) without ending the sentence.
    private static readonly SearchValues<char> SentenceBreaks = SearchValues.Create("!?\n\r");
    private static readonly SearchValues<char> SpanBreaks = SearchValues.Create(";:|\t\"()[]{}<>«»“”„‟•·–—");
    private static readonly SearchValues<char> Apostrophes = SearchValues.Create("'’`ʼ‘");

    private static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "capt", "cpt", "maj", "adm", "sgt", "prof", "rev",
        "gov", "sen", "rep", "hon", "co", "inc", "ltd", "corp", "llc", "plc", "jsc", "ojsc", "oao", "ooo", "zao", "pjsc",
        "gmbh", "bros", "no", "nr", "vs", "mt", "mv", "ft", "dept", "univ", "int", "intl", "sa", "ag", "bv", "nv",
    ]);

    public static void Tokenize(string text, List<RawToken> into)
    {
        var sentenceStart = true;
        var spanStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                var start = i;
                var end = ReadWord(text, ref i);
                if (end - start <= MaxTokenLength)
                {
                    into.Add(new RawToken(start, end - start, ShapeOf(text.AsSpan(start, end - start)), sentenceStart, spanStart || sentenceStart));
                    sentenceStart = spanStart = false;
                }
                else
                {
                    sentenceStart = true; // a blob is no part of a name: nothing runs across it
                }
                continue;
            }
            if (SentenceBreaks.Contains(c)) sentenceStart = true;
            else if (SpanBreaks.Contains(c)) spanStart = true;
            else if (c == '.' && EndsSentence(text, i, into)) sentenceStart = true;
            else if (c == '-' && i > 0 && i + 1 < text.Length && char.IsWhiteSpace(text[i - 1]) && char.IsWhiteSpace(text[i + 1])) spanStart = true;
            i++;
        }
    }

    // Reads a word from text[i]; leaves i after what was consumed (a possessive 's included); returns the word's end.
    private static int ReadWord(string text, ref int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c)) { i++; continue; }
            if (Apostrophes.Contains(c) && i + 1 < text.Length && IsWordChar(text[i + 1]))
            {
                // Turkey's, PUTIN'S: the possessive is not part of the name.
                if (text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !IsWordChar(text[i + 2])))
                {
                    var end = i;
                    i += 2;
                    return end;
                }
                i++;
                continue;
            }
            break;
        }
        return i;
    }

    private static bool EndsSentence(string text, int dot, List<RawToken> tokens)
    {
        // 3.5, rt.com: a dot inside a word.
        if (dot + 1 < text.Length && IsWordChar(text[dot + 1])) return false;
        if (tokens.Count == 0) return true;
        var last = tokens[^1];
        if (last.Start + last.Length != dot) return true;
        var word = text.AsSpan(last.Start, last.Length);
        // V. Putin, U.S. sanctions: an initial; Gen. Mattis, Acme Co. Ltd.: an abbreviation.
        if (word.Length == 1 && char.IsLetter(word[0])) return false;
        return !Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    public static bool IsWordChar(char c)
    {
        if (char.IsAsciiLetterOrDigit(c)) return true;
        if (c < 0x80) return false;
        if (char.IsLetterOrDigit(c) || char.IsSurrogate(c)) return true;
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static TokenShape ShapeOf(ReadOnlySpan<char> word)
    {
        int upper = 0, lower = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
        }
        if (upper == 0 && lower == 0) return TokenShape.Uncased;
        if (lower == 0) return upper >= 2 ? TokenShape.Upper : TokenShape.Capitalised;
        return char.IsUpper(word[0]) ? TokenShape.Capitalised : TokenShape.Lower;
    }
}
