using System.Runtime.Intrinsics;

namespace Embargo.Matching.Scan;

/// <summary>
/// Sets of keys in 512 bits, two sets of 256 under two hashes of a key: what a listed name's other words are, or
/// which keys the words around a place in the text have. Two sets meet when both halves share a bit, so a key they
/// both hold always meets, and keys that merely share a bit must do so under both hashes. The words around a place
/// (17 of them, with their near spellings) fill a good share of a 64-bit set: at 64 bits the scan touched 2.6–2.9
/// million names per 2 MB of text, at 256 bits 1.1–1.3 million, at 2 × 256 bits 0.73–0.79 million (same mentions).
/// </summary>
internal static class KeySets
{
    /// <summary>The set of every key: for a name that needs no second word.</summary>
    public static readonly Vector512<ulong> All = Vector512<ulong>.AllBitsSet;

    private static readonly Vector512<ulong>[] Singles = CreateSingles();

    /// <summary>The set holding only the key with this ordinal hash.</summary>
    public static Vector512<ulong> Of(int keyHash)
    {
        var single = Singles[(int)(((uint)keyHash * 0x9E3779B1u) >> 24)];
        return single | Singles[256 + (int)(((uint)keyHash * 0x85EBCA6Bu) >> 24)];
    }

    /// <summary>Whether the two sets may share a key: both halves share a bit.</summary>
    public static bool Meet(Vector512<ulong> a, Vector512<ulong> b)
    {
        var both = a & b;
        return both.GetLower() != Vector256<ulong>.Zero && both.GetUpper() != Vector256<ulong>.Zero;
    }

    // One bit each: the first 256 in the lower half, the next 256 in the upper.
    private static Vector512<ulong>[] CreateSingles()
    {
        var singles = new Vector512<ulong>[512];
        Span<ulong> lanes = stackalloc ulong[8];
        for (var bit = 0; bit < 512; bit++)
        {
            lanes.Clear();
            lanes[bit >> 6] = 1UL << (bit & 63);
            singles[bit] = Vector512.Create<ulong>(lanes);
        }
        return singles;
    }
}
