using System.Collections.Frozen;

namespace Embargo.Matching.Text;

/// <summary>Whether a token is syllables of one romanisation run together (jinping in pinyin, chingkuo in Wade-Giles).</summary>
internal static class SyllableRuns
{
    /// <summary>
    /// True when <paramref name="token"/> splits wholly into members of <paramref name="syllables"/>, none longer than
    /// <paramref name="longestSyllable"/>. The search may branch at each syllable (nan, na): callers bound the token's length.
    /// </summary>
    public static bool Splits(ReadOnlySpan<char> token, FrozenSet<string> syllables, int longestSyllable) =>
        Splits(token, syllables.GetAlternateLookup<ReadOnlySpan<char>>(), longestSyllable);

    private static bool Splits(ReadOnlySpan<char> token, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> syllables, int longestSyllable)
    {
        if (token.IsEmpty) return true;
        for (var length = Math.Min(longestSyllable, token.Length); length > 0; length--)
        {
            if (syllables.Contains(token[..length]) && Splits(token[length..], syllables, longestSyllable)) return true;
        }
        return false;
    }
}
