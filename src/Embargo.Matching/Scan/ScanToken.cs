namespace Embargo.Matching.Scan;

/// <summary>A folded word of the text at its place: offsets of the written word, its shape, and what the lists make of it.</summary>
internal readonly record struct ScanToken(int Start, int Length, TokenShape Shape, bool SentenceStart, bool SpanStart, TokenInfo Info)
{
    public int End => Start + Length;

    public bool IsCapitalised => Shape is TokenShape.Capitalised or TokenShape.Upper;
}
