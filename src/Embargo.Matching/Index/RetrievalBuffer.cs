namespace Embargo.Matching.Index;

/// <summary>
/// Per-thread scratch space for candidate retrieval: one accumulator per name and the list of names touched,
/// reset after every query, so retrieval allocates nothing per candidate.
/// </summary>
internal sealed class RetrievalBuffer
{
    [ThreadStatic] private static RetrievalBuffer? _current;

    private float[] _score = [];
    private ulong[] _tokens = [];
    private readonly List<int> _touched = [];

    /// <summary>Scratch list for one query token's near keys.</summary>
    public List<string> NearKeys { get; } = [];

    /// <summary>Scratch set for the entities of the retrieved names.</summary>
    public HashSet<int> SeenEntities { get; } = [];

    public static RetrievalBuffer For(int names)
    {
        var buffer = _current ??= new RetrievalBuffer();
        if (buffer._score.Length < names)
        {
            buffer._score = new float[names];
            buffer._tokens = new ulong[names];
        }
        return buffer;
    }

    /// <summary>Credits every name in <paramref name="names"/> with the weight, once per query token (bit).</summary>
    public void Add(int[] names, float weight, ulong tokenBits)
    {
        foreach (var name in names)
        {
            var had = _tokens[name];
            if ((had & tokenBits) != 0) continue;
            if (had == 0) _touched.Add(name);
            _tokens[name] = had | tokenBits;
            _score[name] += weight;
        }
    }

    /// <summary>The query weight a name shares with the query, as credited since the last <see cref="Clear"/>.</summary>
    public float ScoreOf(int name) => _score[name];

    /// <summary>The best names at or above <paramref name="minimum"/>, at most <paramref name="limit"/>.</summary>
    public List<int> TakeTop(float minimum, int limit)
    {
        var chosen = new List<int>();
        foreach (var name in _touched)
        {
            if (_score[name] >= minimum) chosen.Add(name);
        }
        if (chosen.Count > limit)
        {
            var score = _score;
            chosen.Sort((a, b) => score[b].CompareTo(score[a]));
            chosen.RemoveRange(limit, chosen.Count - limit);
        }
        return chosen;
    }

    /// <summary>Forgets every credit, ready for the next query.</summary>
    public void Clear()
    {
        foreach (var name in _touched)
        {
            _score[name] = 0;
            _tokens[name] = 0;
        }
        _touched.Clear();
    }
}
