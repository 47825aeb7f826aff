namespace Embargo.Matching.Scan;

/// <summary>
/// A text cut into folded words and sentences, with what each sentence's capitalisation can tell: in a sentence
/// that mixes lower-case and capitalised words, capitals mark names; in ALL CAPS remittance text, an all
/// lower-case chat or a Title Case headline, they say nothing.
/// </summary>
internal sealed class ScanText
{
    public ScanText(string text, ScanToken[] tokens)
    {
        Text = text;
        Tokens = tokens;
        SentenceEnd = new int[tokens.Length];
        CaseInformative = new bool[tokens.Length];
        var start = 0;
        while (start < tokens.Length)
        {
            var end = start + 1;
            while (end < tokens.Length && !tokens[end].SentenceStart) end++;
            bool lower = false, capital = false;
            for (var i = start; i < end; i++)
            {
                if (!tokens[i].Info.IsLetters) continue;
                lower |= tokens[i].Shape == TokenShape.Lower;
                capital |= tokens[i].IsCapitalised;
            }
            for (var i = start; i < end; i++)
            {
                SentenceEnd[i] = end;
                CaseInformative[i] = lower && capital;
            }
            start = end;
        }
    }

    public string Text { get; }
    public ScanToken[] Tokens { get; }

    /// <summary>For each word, the index just past the last word of its sentence.</summary>
    public int[] SentenceEnd { get; }

    /// <summary>For each word, whether its sentence's capitalisation marks names.</summary>
    public bool[] CaseInformative { get; }

    /// <summary>The text of words <paramref name="first"/>..<paramref name="last"/> as written.</summary>
    public string Written(int first, int last) => Text.Substring(Tokens[first].Start, Tokens[last].End - Tokens[first].Start);

    public bool StartsSentence(int token) => token == 0 || Tokens[token].SentenceStart;
}
