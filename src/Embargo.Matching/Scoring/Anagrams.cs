namespace Embargo.Matching.Scoring;

/// <summary>Whether two folded tokens are the same letters in another order (nitup, putin). Allocation-free.</summary>
internal static class Anagrams
{
    // Folded tokens hold a-z and 0-9.
    private const int Symbols = 36;

    public static bool Are(string a, string b)
    {
        if (a.Length != b.Length || a.Length < Tuning.MinAnagramLength || string.Equals(a, b, StringComparison.Ordinal)) return false;
        Span<int> counts = stackalloc int[Symbols];
        for (var k = 0; k < a.Length; k++)
        {
            if (Index(a[k]) is not (>= 0 and var x) || Index(b[k]) is not (>= 0 and var y)) return false;
            counts[x]++;
            counts[y]--;
        }
        foreach (var count in counts)
        {
            if (count != 0) return false;
        }
        return true;
    }

    private static int Index(char c) => c is >= 'a' and <= 'z' ? c - 'a' : c is >= '0' and <= '9' ? 26 + c - '0' : -1;
}
