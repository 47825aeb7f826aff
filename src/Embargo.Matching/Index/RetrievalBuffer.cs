namespace Embargo.Matching.Index;

/// <summary>
/// Per-thread scratch space for candidate retrieval: the credit of every name a query touches, reset after every
/// query, so retrieval allocates nothing per candidate. A query touches a few hundred of the ~40,000 names: a
/// small open-addressing table over the touched names stays in the processor's cache, where one accumulator per
/// listed name would cost a cache miss for nearly every posting.
/// </summary>
internal sealed class RetrievalBuffer
{
    [ThreadStatic] private static RetrievalBuffer? _current;

    private const int InitialCapacity = 1024;

    private Slot[] _slots = new Slot[InitialCapacity];
    private int _shift = 32 - 10;
    // Slot indices in the order the names were first touched.
    private readonly List<int> _touched = [];

    private struct Slot
    {
        public int NamePlusOne;
        public float Score;
        public ulong Tokens;
    }

    /// <summary>Scratch set for the entities of the retrieved names.</summary>
    public HashSet<int> SeenEntities { get; } = [];

    public int TouchedCount => _touched.Count;

    public static RetrievalBuffer For() => _current ??= new RetrievalBuffer();

    /// <summary>Credits every name in <paramref name="names"/> with the weight, once per query token (bit).</summary>
    public void Add(int[] names, float weight, ulong tokenBits)
    {
        foreach (var name in names)
        {
            ref var slot = ref SlotOf(name);
            if ((slot.Tokens & tokenBits) != 0) continue;
            slot.Tokens |= tokenBits;
            slot.Score += weight;
        }
    }

    /// <summary>The query weight a name shares with the query, as credited since the last <see cref="Clear"/>.</summary>
    public float ScoreOf(int name)
    {
        var mask = _slots.Length - 1;
        for (var i = Hash(name); ; i = (i + 1) & mask)
        {
            var slot = _slots[i];
            if (slot.NamePlusOne == name + 1) return slot.Score;
            if (slot.NamePlusOne == 0) return 0;
        }
    }

    /// <summary>The best names at or above <paramref name="minimum"/>, at most <paramref name="limit"/>.</summary>
    public List<int> TakeTop(float minimum, int limit)
    {
        var chosen = new List<int>();
        foreach (var index in _touched)
        {
            if (_slots[index].Score >= minimum) chosen.Add(index);
        }
        if (chosen.Count > limit)
        {
            var slots = _slots;
            chosen.Sort((a, b) => slots[b].Score.CompareTo(slots[a].Score));
            chosen.RemoveRange(limit, chosen.Count - limit);
        }
        for (var i = 0; i < chosen.Count; i++) chosen[i] = _slots[chosen[i]].NamePlusOne - 1;
        return chosen;
    }

    /// <summary>Forgets every credit, ready for the next query.</summary>
    public void Clear()
    {
        foreach (var index in _touched) _slots[index] = default;
        _touched.Clear();
    }

    // The slot of a name, claimed when the name is first touched; the table doubles at half full.
    private ref Slot SlotOf(int name)
    {
        if (_touched.Count * 2 >= _slots.Length) Grow();
        var mask = _slots.Length - 1;
        for (var i = Hash(name); ; i = (i + 1) & mask)
        {
            ref var slot = ref _slots[i];
            if (slot.NamePlusOne == name + 1) return ref slot;
            if (slot.NamePlusOne != 0) continue;
            slot.NamePlusOne = name + 1;
            _touched.Add(i);
            return ref slot;
        }
    }

    private int Hash(int name) => (int)(((uint)name * 0x9E3779B1u) >> _shift);

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        _shift--;
        var mask = _slots.Length - 1;
        for (var t = 0; t < _touched.Count; t++)
        {
            var slot = old[_touched[t]];
            var i = Hash(slot.NamePlusOne - 1);
            while (_slots[i].NamePlusOne != 0) i = (i + 1) & mask;
            _slots[i] = slot;
            _touched[t] = i;
        }
    }
}
