using System.Runtime.InteropServices;

namespace Embargo.Matching.Index;

/// <summary>
/// What the score bound needs of one token, packed in 32 bytes: its letters and its key's letters as 64-bit sets
/// (a letter's code modulo 64; two strings within k edits differ by at most k letters each way), lengths, first and
/// last letters, weight and a few flags. A listed name's tokens lie side by side, so bounding a name reads a cache
/// line or two instead of a dozen scattered strings and arrays.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct TokenSketch
{
    public TokenSketch(string token, string key, float weight, TokenSketchFlags flags)
    {
        Letters = LettersOf(token);
        KeyLetters = LettersOf(key);
        Weight = weight;
        Length = (short)Math.Min(token.Length, short.MaxValue);
        KeyLength = (short)Math.Min(key.Length, short.MaxValue);
        First = token.Length > 0 ? token[0] : '\0';
        Last = token.Length > 0 ? token[^1] : '\0';
        Flags = flags;
    }

    public ulong Letters { get; }
    public ulong KeyLetters { get; }
    public float Weight { get; }
    public short Length { get; }
    public short KeyLength { get; }
    public char First { get; }
    public char Last { get; }
    public TokenSketchFlags Flags { get; }

    public bool Has(TokenSketchFlags flag) => (Flags & flag) != 0;

    /// <summary>The set of letters in <paramref name="text"/>; different letters may share a bit.</summary>
    public static ulong LettersOf(ReadOnlySpan<char> text)
    {
        var mask = 0UL;
        foreach (var c in text) mask |= 1UL << (c & 63);
        return mask;
    }
}
