using System.Runtime.Intrinsics;

namespace Embargo.Matching.Scan;

/// <summary>
/// Sets of keys as 256 bits, a key's ordinal hash picking its bit: what a listed name's other words are, or which keys
/// the words around a place in the text have. Two sets meet in one vector AND; a set of 17 words has 7 % of its bits
/// set, so a name whose other words are absent is rarely let through (at 64 bits, about one in four was).
/// </summary>
internal static class KeySets
{
    /// <summary>The set of every key: for a name that needs no second word.</summary>
    public static readonly Vector256<ulong> All = Vector256<ulong>.AllBitsSet;

    private static readonly Vector256<ulong>[] Singles = CreateSingles();

    /// <summary>The bit (0–255) of a key with this ordinal hash.</summary>
    public static int BitOf(int keyHash) => (int)(((uint)keyHash * 0x9E3779B1u) >> 24);

    /// <summary>The set holding only the key with this ordinal hash.</summary>
    public static Vector256<ulong> Of(int keyHash) => Singles[BitOf(keyHash)];

    /// <summary>Whether the two sets share a bit.</summary>
    public static bool Meet(Vector256<ulong> a, Vector256<ulong> b) => (a & b) != Vector256<ulong>.Zero;

    private static Vector256<ulong>[] CreateSingles()
    {
        var singles = new Vector256<ulong>[256];
        Span<ulong> lanes = stackalloc ulong[4];
        for (var bit = 0; bit < 256; bit++)
        {
            lanes.Clear();
            lanes[bit >> 6] = 1UL << (bit & 63);
            singles[bit] = Vector256.Create<ulong>(lanes);
        }
        return singles;
    }
}
