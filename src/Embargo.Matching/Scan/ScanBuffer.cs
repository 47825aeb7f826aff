namespace Embargo.Matching.Scan;

/// <summary>
/// Per-thread scratch space for finding names in a stretch of up to 64 words: for each listed name, the weight
/// of the words that point to it and which words those are (one bit each), reset after every stretch, so the
/// scan allocates nothing per listed name it touches.
/// </summary>
internal sealed class ScanBuffer
{
    public const int MaxWords = 64;

    [ThreadStatic] private static ScanBuffer? _current;

    private float[] _weight = [];
    private ulong[] _words = [];
    private ulong[] _near = [];
    private readonly List<int> _touched = [];

    public static ScanBuffer For(int names)
    {
        var buffer = _current ??= new ScanBuffer();
        if (buffer._weight.Length < names)
        {
            buffer._weight = new float[names];
            buffer._words = new ulong[names];
            buffer._near = new ulong[names];
        }
        return buffer;
    }

    public List<int> Touched => _touched;

    public float WeightOf(int name) => _weight[name];

    public ulong WordsOf(int name) => _words[name];

    /// <summary>The words that reached the name only through a key one edit away from theirs.</summary>
    public ulong NearOf(int name) => _near[name];

    /// <summary>Credits every name in <paramref name="names"/> with the weight, once per word (bit).</summary>
    public void Add(int[] names, float weight, ulong wordBits, bool near)
    {
        foreach (var name in names)
        {
            var had = _words[name];
            if ((had & wordBits) == wordBits) continue;
            if (had == 0) _touched.Add(name);
            _words[name] = had | wordBits;
            _weight[name] += weight;
            if (near) _near[name] |= wordBits;
        }
    }

    public void Reset()
    {
        foreach (var name in _touched)
        {
            _weight[name] = 0;
            _words[name] = 0;
            _near[name] = 0;
        }
        _touched.Clear();
    }
}
