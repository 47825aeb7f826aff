namespace Embargo.Matching.Index;

/// <summary>
/// A Bloom filter over the listed keys: 128 KB that stay in the processor's cache, where the candidate index's
/// table of several hundred thousand keys and deletion variants costs a cache miss or three per look-up. Free
/// text asks for every two adjacent words run together (al qaida → ALQAIDA), and nearly all such keys are not
/// listed: the filter says so for all but about one in a hundred, and only the rest are looked up.
/// </summary>
internal sealed class KeyFilter
{
    private const int Bits = 1 << 20;

    private readonly ulong[] _words = new ulong[Bits / 64];

    public KeyFilter(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            var (first, second) = Positions(key);
            _words[first >> 6] |= 1UL << first;
            _words[second >> 6] |= 1UL << second;
        }
    }

    /// <summary>False when the key is surely not listed; true when it may be.</summary>
    public bool MayContain(ReadOnlySpan<char> key)
    {
        var (first, second) = Positions(key);
        return (_words[first >> 6] & (1UL << first)) != 0 && (_words[second >> 6] & (1UL << second)) != 0;
    }

    // Two bit positions from one 64-bit FNV-1a hash of the characters.
    private static (int First, int Second) Positions(ReadOnlySpan<char> key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        hash ^= hash >> 29;
        return ((int)(hash & (Bits - 1)), (int)((hash >> 32) & (Bits - 1)));
    }
}
