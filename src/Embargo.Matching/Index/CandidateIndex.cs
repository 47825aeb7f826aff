
namespace Embargo.Matching.Index;

/// <summary>
/// Token keys → the names that contain them, plus a one-deletion neighbourhood of every key (SymSpell), so a
/// query finds names sharing a key exactly or within about one edit, and run-together keys (ALQAIDA).
/// Plain dictionaries, never written after the build: safe for concurrent reads, and far quicker to build
/// than frozen ones for the ~300,000 deletion variants.
/// </summary>
internal sealed class CandidateIndex
{
    private static readonly int[] NoNames = [];
    private static readonly string[] NoKeys = [];

    private readonly Dictionary<string, int[]> _postings;
    private readonly Dictionary<string, string[]> _deletions;
    // Span views of the same dictionaries: a deletion variant is looked up without being made into a string.
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _postingsBySpan;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _deletionsBySpan;

    private CandidateIndex(Dictionary<string, int[]> postings, Dictionary<string, string[]> deletions)
    {
        _postings = postings;
        _deletions = deletions;
        _postingsBySpan = postings.GetAlternateLookup<ReadOnlySpan<char>>();
        _deletionsBySpan = deletions.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static CandidateIndex Build(IReadOnlyList<PreparedName> names)
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
        var deletions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var key in postings.Keys)
        {
            if (key.Length < Tuning.MinFuzzyLength) continue;
            for (var i = 0; i < key.Length; i++)
            {
                var variant = string.Concat(key.AsSpan(0, i), key.AsSpan(i + 1));
                if (!deletions.TryGetValue(variant, out var keys)) deletions[variant] = keys = [];
                keys.Add(key);
            }
        }
        return new CandidateIndex(
            postings.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            deletions.ToDictionary(d => d.Key, d => d.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>Names containing exactly this key.</summary>
    public int[] Names(string key) => _postings.GetValueOrDefault(key) ?? NoNames;

    /// <summary>Listed keys within about one edit of <paramref name="key"/> (not the key itself).</summary>
    public void NearKeys(string key, List<string> into)
    {
        if (key.Length < Tuning.MinFuzzyLength) return;
        // Listed keys one letter longer: the query lacks a letter.
        into.AddRange(_deletions.GetValueOrDefault(key) ?? NoKeys);
        Span<char> variant = key.Length <= 128 ? stackalloc char[key.Length - 1] : new char[key.Length - 1];
        for (var i = 0; i < key.Length; i++)
        {
            key.AsSpan(0, i).CopyTo(variant);
            key.AsSpan(i + 1).CopyTo(variant[i..]);
            // Listed keys one letter shorter (the query has an extra letter), and one letter different.
            if (_postingsBySpan.TryGetValue(variant, out var shorter, out _)) into.Add(shorter);
            if (!_deletionsBySpan.TryGetValue(variant, out var nearKeys)) continue;
            foreach (var near in nearKeys)
            {
                if (!string.Equals(near, key, StringComparison.Ordinal)) into.Add(near);
            }
        }
    }

    private static void Add(Dictionary<string, List<int>> postings, string key, int id)
    {
        if (!postings.TryGetValue(key, out var list)) postings[key] = list = [];
        if (list.Count == 0 || list[^1] != id) list.Add(id);
    }
}
