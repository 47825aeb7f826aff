using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Embargo.Matching.Scoring;

/// <summary>
/// Bounded edit distance with transpositions counted as one edit (Damerau, optimal string alignment), computed
/// bit-parallel (Hyyrö 2003): one machine word holds a whole column of the table, so a token pair costs a few
/// instructions per character instead of a row of cells. Allocation-free.
/// </summary>
internal static class Levenshtein
{
    /// <summary>Tokens longer than this are never within a few edits of anything worth a fuzzy match.</summary>
    private const int MaxLength = 63;

    /// <summary>The distance, or any value above <paramref name="max"/> once it is certain to exceed it.</summary>
    public static int Distance(string a, string b, int max) => Distance(a.AsSpan(), b.AsSpan(), max);

    /// <inheritdoc cref="Distance(string, string, int)"/>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (a.Length > MaxLength || b.Length > MaxLength) return max + 1;
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;

        // Padded to whole vectors; the padding never equals a char of b (it is masked off below anyway).
        var padded = (a.Length + 7) & ~7;
        Span<ushort> pattern = stackalloc ushort[padded];
        MemoryMarshal.Cast<char, ushort>(a).CopyTo(pattern);
        var used = (1UL << a.Length) - 1;

        var vp = ulong.MaxValue;
        var vn = 0UL;
        var d0 = 0UL;
        var previousMatch = 0UL;
        var last = 1UL << (a.Length - 1);
        var distance = a.Length;
        for (var j = 0; j < b.Length; j++)
        {
            var match = MatchMask(pattern, b[j]) & used;
            var transposed = ((~d0 & match) << 1) & previousMatch;
            d0 = (((match & vp) + vp) ^ vp) | match | vn | transposed;
            var hp = vn | ~(d0 | vp);
            var hn = d0 & vp;
            if ((hp & last) != 0) distance++;
            if ((hn & last) != 0) distance--;
            // Each remaining char of b lowers the distance by one at most.
            if (distance - (b.Length - 1 - j) > max) return max + 1;
            hp = (hp << 1) | 1;
            hn <<= 1;
            vp = hn | ~(d0 | hp);
            vn = hp & d0;
            previousMatch = match;
        }
        return distance;
    }

    // Bit k set where a[k] == c, eight chars at a time.
    private static ulong MatchMask(ReadOnlySpan<ushort> pattern, char c)
    {
        var wanted = Vector128.Create((ushort)c);
        var mask = 0UL;
        for (var k = 0; k < pattern.Length; k += 8)
        {
            var chunk = Vector128.Create(pattern.Slice(k, 8));
            mask |= (ulong)Vector128.Equals(chunk, wanted).ExtractMostSignificantBits() << k;
        }
        return mask;
    }

    /// <summary>The plain dynamic-programming table, kept as the reference the bit-parallel version is tested against.</summary>
    internal static int Reference(string a, string b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) table[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) table[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(table[i - 1, j] + 1, table[i, j - 1] + 1), table[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = Math.Min(value, table[i - 2, j - 2] + 1);
                table[i, j] = value;
            }
        }
        return table[a.Length, b.Length];
    }
}
