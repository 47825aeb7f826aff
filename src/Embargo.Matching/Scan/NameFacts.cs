using System.Runtime.CompilerServices;

namespace Embargo.Matching.Scan;

/// <summary>
/// What the scan checks first of a listed name a stretch of text touched, in 32 bytes (two names a cache line): the
/// weight its words must reach, how many name words it has, the hashes of its first four word keys (most names have
/// no more; the rest, and every token's key hash, are in flat arrays from the given starts). One record read per
/// touched name, where a key-hash array per name cost two more cache misses.
/// </summary>
internal readonly struct NameFacts(float needed, int wordCount, int wordKeysStart, int tokenKeysStart, ReadOnlySpan<int> wordKeys)
{
    /// <summary>How many word key hashes the record holds itself.</summary>
    public const int InlineKeys = 4;

    /// <summary>The weight the words found must reach.</summary>
    public float Needed { get; } = needed;

    /// <summary>How many name words (not particles, legal forms) the name has.</summary>
    public int WordCount => _wordCount;

    /// <summary>Where the name's word key hashes start in the flat array (all of them, the first four too).</summary>
    public int WordKeysStart { get; } = wordKeysStart;

    /// <summary>Where the hashes of all the name's tokens' keys start in the flat array, in token order.</summary>
    public int TokenKeysStart { get; } = tokenKeysStart;

    // A name has at most PreparedName.MaxTokens (24) tokens: a byte holds the count.
    private readonly byte _wordCount = (byte)wordCount;
    private readonly int _key0 = wordKeys.Length > 0 ? wordKeys[0] : 0;
    private readonly int _key1 = wordKeys.Length > 1 ? wordKeys[1] : 0;
    private readonly int _key2 = wordKeys.Length > 2 ? wordKeys[2] : 0;
    private readonly int _key3 = wordKeys.Length > 3 ? wordKeys[3] : 0;

    /// <summary>The hash of the k-th word key: from the record for the first four, else from <paramref name="wordKeys"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int WordKey(int k, int[] wordKeys) => k switch
    {
        0 => _key0,
        1 => _key1,
        2 => _key2,
        3 => _key3,
        _ => wordKeys[WordKeysStart + k],
    };
}
