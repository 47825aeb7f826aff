namespace Embargo.Matching.Scan;

/// <summary>
/// A text cut into folded words, stretches a name may span (no sentence end, quote, bracket or colon inside),
/// and sentences, with what each sentence's capitalisation can tell: in a sentence that mixes lower-case and
/// capitalised words, capitals mark names; in ALL CAPS remittance text, an all lower-case chat or a Title Case
/// headline, they say nothing.
/// </summary>
internal sealed class ScanText
{
    public ScanText(string text, ScanToken[] tokens)
    {
        Text = text;
        Tokens = tokens;
        SpanEnd = new int[tokens.Length];
        CaseInformative = new bool[tokens.Length];
        for (int start = 0, end; start < tokens.Length; start = end)
        {
            end = start + 1;
            while (end < tokens.Length && !tokens[end].SpanStart) end++;
            for (var i = start; i < end; i++) SpanEnd[i] = end;
        }
        for (int start = 0, end; start < tokens.Length; start = end)
        {
            end = start + 1;
            while (end < tokens.Length && !tokens[end].SentenceStart) end++;
            int lower = 0, longLower = 0;
            var capital = false;
            for (var i = start; i < end; i++)
            {
                if (!tokens[i].Info.IsLetters) continue;
                capital |= tokens[i].IsCapitalised;
                if (tokens[i].Shape != TokenShape.Lower) continue;
                if (tokens[i].Length >= 4) lower++;
                if (tokens[i].Length >= 5) longLower++;
            }
            // Title Case keeps little words low ("Shift in Tune on Climate Change"): they tell nothing.
            var informative = capital && (longLower > 0 || lower >= 2);
            for (var i = start; i < end; i++) CaseInformative[i] = informative;
        }
    }

    public string Text { get; }
    public ScanToken[] Tokens { get; }

    /// <summary>For each word, the index just past the last word a name starting there may reach.</summary>
    public int[] SpanEnd { get; }

    /// <summary>For each word, whether its sentence's capitalisation marks names.</summary>
    public bool[] CaseInformative { get; }

    /// <summary>The text of words <paramref name="first"/>..<paramref name="last"/> as written.</summary>
    public string Written(int first, int last) => Text.Substring(Tokens[first].Start, Tokens[last].End - Tokens[first].Start);

    /// <summary>True when the word is followed by a possessive 's (Turkey's, America's).</summary>
    public bool IsPossessive(int token)
    {
        var end = Tokens[token].End;
        return end + 1 < Text.Length && Text[end] is '\'' or '’' or 'ʼ' && Text[end + 1] is 's' or 'S';
    }

    /// <summary>True when a name cannot run from the word before into this one.</summary>
    public bool StartsSpan(int token) => token == 0 || Tokens[token].SpanStart;
}
