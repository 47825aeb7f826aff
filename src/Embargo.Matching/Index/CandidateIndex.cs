using System.Collections.Concurrent;

namespace Embargo.Matching.Index;

/// <summary>
/// Token keys → the names that contain them, plus a one-deletion neighbourhood of every key (SymSpell), so a
/// query finds names sharing a key exactly or within about one edit, and run-together keys (ALQAIDA).
/// Plain dictionaries, never written after the build: safe for concurrent reads, and far quicker to build
/// than frozen ones for the ~300,000 deletion variants. The neighbourhood points at the keys' records, not at
/// their strings: a query's near keys cost no second look-up each (the look-ups are cache misses, not hashing).
/// </summary>
internal sealed class CandidateIndex
{
    private static readonly int[] NoNames = [];
    private static readonly IndexedKey[] NoKeys = [];

    // Listed keys and one-deletion variants in one table: a variant costs one look-up (a cache miss or three),
    // whether it is itself a listed key, the deletion of listed keys, or both.
    private readonly Dictionary<string, KeySlot> _slots;
    // A span view of the same dictionary: a deletion variant is looked up without being made into a string.
    private readonly Dictionary<string, KeySlot>.AlternateLookup<ReadOnlySpan<char>> _slotsBySpan;

    private readonly record struct KeySlot(IndexedKey? Key, IndexedKey[] Longer);

    /// <summary>Query keys whose near keys are remembered, at most: a batch of millions holds far fewer distinct tokens.</summary>
    private const int MaxRememberedKeys = 200_000;

    // A query key → its near keys within reach. Batches and services meet the same tokens again and again (50,000
    // names, 18,000 tokens), and each first finding costs a look-up per letter.
    private readonly ConcurrentDictionary<string, IndexedKey[]> _nearWithinReach = new(StringComparer.Ordinal);
    private int _remembered;

    private CandidateIndex(Dictionary<string, KeySlot> slots)
    {
        _slots = slots;
        _slotsBySpan = slots.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static CandidateIndex Build(IReadOnlyList<PreparedName> names, TokenStatistics statistics)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < names.Count; id++)
        {
            var name = names[id];
            for (var i = 0; i < name.Length; i++)
            {
                Add(postings, name.Keys[i], id);
                if (i + 1 < name.Length) Add(postings, Text.NameText.Key(name.Tokens[i] + name.Tokens[i + 1]), id);
            }
        }
        var keys = new List<IndexedKey>(postings.Count);
        foreach (var (key, ids) in postings) keys.Add(new IndexedKey(key, [.. ids], statistics.IsVeryCommon(key)));
        var deletions = new Dictionary<string, List<IndexedKey>>(StringComparer.Ordinal);
        foreach (var entry in keys)
        {
            var key = entry.Key;
            if (key.Length < Tuning.MinFuzzyLength) continue;
            for (var i = 0; i < key.Length; i++)
            {
                var variant = string.Concat(key.AsSpan(0, i), key.AsSpan(i + 1));
                if (!deletions.TryGetValue(variant, out var near)) deletions[variant] = near = [];
                near.Add(entry);
            }
        }
        var slots = new Dictionary<string, KeySlot>(postings.Count + deletions.Count, StringComparer.Ordinal);
        foreach (var entry in keys) slots[entry.Key] = new KeySlot(entry, NoKeys);
        foreach (var (variant, longer) in deletions)
        {
            slots[variant] = new KeySlot(slots.TryGetValue(variant, out var slot) ? slot.Key : null, [.. longer]);
        }
        return new CandidateIndex(slots);
    }

    /// <summary>Every listed key (not the deletion variants).</summary>
    public IEnumerable<string> Keys
    {
        get
        {
            foreach (var slot in _slots.Values)
            {
                if (slot.Key is not null) yield return slot.Key.Key;
            }
        }
    }

    /// <summary>Names containing exactly this key.</summary>
    public int[] Names(string key) => Find(key)?.Names ?? NoNames;

    /// <summary>Names containing exactly this key, given as characters (no string made for the look-up).</summary>
    public int[] Names(ReadOnlySpan<char> key) => _slotsBySpan.TryGetValue(key, out var slot) ? slot.Key?.Names ?? NoNames : NoNames;

    /// <summary>The listed key's record, or null when no name holds it.</summary>
    public IndexedKey? Find(string key) => _slots.TryGetValue(key, out var slot) ? slot.Key : null;

    /// <summary>Listed keys within about one edit of <paramref name="key"/> (not the key itself).</summary>
    public void NearKeys(string key, List<IndexedKey> into)
    {
        if (key.Length < Tuning.MinFuzzyLength) return;
        // Listed keys one letter longer: the query lacks a letter.
        if (_slots.TryGetValue(key, out var own)) into.AddRange(own.Longer);
        Span<char> variant = key.Length <= 128 ? stackalloc char[key.Length - 1] : new char[key.Length - 1];
        for (var i = 0; i < key.Length; i++)
        {
            key.AsSpan(0, i).CopyTo(variant);
            key.AsSpan(i + 1).CopyTo(variant[i..]);
            if (!_slotsBySpan.TryGetValue(variant, out var slot)) continue;
            // Listed keys one letter shorter (the query has an extra letter), and one letter different.
            if (slot.Key is not null) into.Add(slot.Key);
            foreach (var near in slot.Longer)
            {
                if (!string.Equals(near.Key, key, StringComparison.Ordinal)) into.Add(near);
            }
        }
    }

    /// <summary>
    /// Listed keys within a fuzzy match's reach of <paramref name="key"/> (<see cref="IsWithinFuzzyReach"/>), the very
    /// common ones aside (a near spelling of "mohammed" floods without finding anything new). Remembered per key.
    /// </summary>
    public IndexedKey[] NearKeysWithinReach(string key)
    {
        if (key.Length < Tuning.MinFuzzyLength) return NoKeys;
        if (_nearWithinReach.TryGetValue(key, out var known)) return known;
        var near = new List<IndexedKey>();
        NearKeys(key, near);
        var within = 0;
        for (var i = 0; i < near.Count; i++)
        {
            if (!near[i].VeryCommon && IsWithinFuzzyReach(key, near[i].Key)) near[within++] = near[i];
        }
        var result = within == 0 ? NoKeys : System.Runtime.InteropServices.CollectionsMarshal.AsSpan(near)[..within].ToArray();
        if (Volatile.Read(ref _remembered) < MaxRememberedKeys && _nearWithinReach.TryAdd(key, result)) Interlocked.Increment(ref _remembered);
        return result;
    }

    /// <summary>
    /// True when a near key is within the edits a fuzzy match allows (<see cref="Tuning.MinFuzzySimilarity"/> of the
    /// longer, at least one): the one-deletion neighbourhood also reaches some keys two edits apart (iang and iran share ian).
    /// </summary>
    public static bool IsWithinFuzzyReach(string key, string near)
    {
        var allowed = Math.Max(1, (int)Math.Floor(Math.Max(key.Length, near.Length) * (1 - Tuning.MinFuzzySimilarity)));
        if (allowed > 1) return Scoring.Levenshtein.Distance(key, near, allowed) <= allowed;
        // One edit, the common case, without the edit-distance table: a letter different, two swapped, or one more.
        return key.Length == near.Length ? IsOneSubstitutionOrSwap(key, near)
            : key.Length == near.Length + 1 ? IsOneDeletion(key, near)
            : near.Length == key.Length + 1 && IsOneDeletion(near, key);
    }

    private static bool IsOneDeletion(string longer, string shorter)
    {
        var i = 0;
        while (i < shorter.Length && longer[i] == shorter[i]) i++;
        return longer.AsSpan(i + 1).SequenceEqual(shorter.AsSpan(i));
    }

    private static bool IsOneSubstitutionOrSwap(string a, string b)
    {
        var first = -1;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i]) continue;
            if (first < 0) { first = i; continue; }
            // A second difference: only the swap of two adjacent letters is still one edit.
            return i == first + 1 && a[first] == b[i] && a[i] == b[first] && a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1));
        }
        return true;
    }

    /// <summary>As <see cref="NearKeys(string, List{IndexedKey})"/>, as strings.</summary>
    public void NearKeys(string key, List<string> into)
    {
        var near = new List<IndexedKey>();
        NearKeys(key, near);
        foreach (var entry in near) into.Add(entry.Key);
    }

    private static void Add(Dictionary<string, List<int>> postings, string key, int id)
    {
        if (!postings.TryGetValue(key, out var list)) postings[key] = list = [];
        if (list.Count == 0 || list[^1] != id) list.Add(id);
    }
}
