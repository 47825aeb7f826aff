namespace Embargo.Matching.Scan;

/// <summary>
/// Where each key occurs in a stretch of up to 64 words, by key hash: the words of a stretch that carry one of a
/// listed name's keys are found with one look-up per key of the name, not one comparison per word and key.
/// Per-thread scratch, cleared after every stretch.
/// </summary>
internal sealed class StretchKeys
{
    // A power of two, at least twice ScanBuffer.MaxWords: probes stay short.
    private const int Size = 256;

    [ThreadStatic] private static StretchKeys? _current;

    private readonly int[] _hashes = new int[Size];
    private readonly ulong[] _positions = new ulong[Size];
    private readonly List<int> _used = [];

    public static StretchKeys For() => _current ??= new StretchKeys();

    /// <summary>Records that the word at <paramref name="position"/> (0–63 in the stretch) has a key with this hash.</summary>
    public void Add(int hash, int position)
    {
        for (var i = hash & (Size - 1); ; i = (i + 1) & (Size - 1))
        {
            if (_positions[i] == 0)
            {
                _hashes[i] = hash;
                _positions[i] = 1UL << position;
                _used.Add(i);
                return;
            }
            if (_hashes[i] != hash) continue;
            _positions[i] |= 1UL << position;
            return;
        }
    }

    /// <summary>The words (one bit each) whose key has this hash; equal hashes are not always equal keys.</summary>
    public ulong PositionsOf(int hash)
    {
        for (var i = hash & (Size - 1); ; i = (i + 1) & (Size - 1))
        {
            if (_positions[i] == 0) return 0;
            if (_hashes[i] == hash) return _positions[i];
        }
    }

    public void Clear()
    {
        foreach (var i in _used) _positions[i] = 0;
        _used.Clear();
    }
}
