using System.Runtime.Intrinsics;

namespace Embargo.Matching.Scan;

/// <summary>
/// Per-thread scratch space for finding names in a stretch of up to 64 words: for each listed name the stretch
/// touches, the weight of the words that point to it and which words those are (one bit each), reset after every
/// stretch, so the scan allocates nothing per listed name. A stretch touches a few hundred of the ~40,000 names:
/// a small open-addressing table of them stays in the processor's cache, where one accumulator per listed name
/// would cost a cache miss for nearly every posting.
/// </summary>
internal sealed class ScanBuffer
{
    public const int MaxWords = 64;

    private const int InitialCapacity = 1024;

    [ThreadStatic] private static ScanBuffer? _current;

    private Slot[] _slots = new Slot[InitialCapacity];
    private int _shift = 32 - 10;
    // Slot indices in the order the names were first touched.
    private readonly List<int> _touched = [];

    /// <summary>One touched name: its credited weight, the words that credited it, and one bit for each of its words found other than by its key.</summary>
    public struct Slot
    {
        internal int NamePlusOne;
        public float Weight;
        public ulong Words;
        public ulong Unkeyed;

        public readonly int Name => NamePlusOne - 1;
    }

    public static ScanBuffer For() => _current ??= new ScanBuffer();

    /// <summary>How many names the stretch has touched so far.</summary>
    public int TouchedCount => _touched.Count;

    /// <summary>The k-th name touched, with its credits.</summary>
    public ref readonly Slot Touched(int k) => ref _slots[_touched[k]];

    /// <summary>
    /// Credits the names in <paramref name="names"/> whose other word keys (<paramref name="others"/>, one set per
    /// name) meet <paramref name="nearby"/>, the keys of the words around, with the weight, once per word (bit): the
    /// rest cannot be named here, and are not touched. <paramref name="unkeyed"/>: one bit for each word of the name these
    /// words stand for by other than its key (a near spelling; two words run together), which looking its keys up in the
    /// text would not find.
    /// </summary>
    public void AddWhereNearby(int[] names, Vector512<ulong>[] others, Vector512<ulong> nearby, float weight, ulong wordBits, ulong unkeyed)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (!KeySets.Meet(others[i], nearby)) continue;
            ref var slot = ref SlotOf(names[i]);
            if ((slot.Words & wordBits) == wordBits) continue;
            slot.Words |= wordBits;
            slot.Weight += weight;
            slot.Unkeyed |= unkeyed;
        }
    }

    public void Reset()
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
            var i = Hash(slot.Name);
            while (_slots[i].NamePlusOne != 0) i = (i + 1) & mask;
            _slots[i] = slot;
            _touched[t] = i;
        }
    }
}
