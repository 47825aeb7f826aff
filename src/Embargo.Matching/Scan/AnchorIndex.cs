using Embargo.Matching.Index;
using Embargo.Matching.Text;

namespace Embargo.Matching.Scan;

/// <summary>
/// For free text, which words of a listed name can start a look at it. A mention must hold two of a name's
/// words when it has two or more (and most of an organisation's weight), so every mention holds at least one
/// word other than the name's most common one: only those are anchors (PUTIN and VLADIMIROVICH, not VLADIMIR).
/// A word like "state" or "vladimir" then wakes few names, and the scan does not score a window per word.
/// </summary>
internal sealed class AnchorIndex
{
    private static readonly int[] NoNames = [];
    private static readonly ulong[] NoOthers = [];
    private readonly Dictionary<string, int[]> _names;
    private readonly Dictionary<string, ulong[]> _others;

    public AnchorIndex(PreparedName[] names)
    {
        var anchors = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var n = 0; n < names.Length; n++)
        {
            var name = names[n];
            var words = 0;
            var commonest = -1;
            for (var j = 0; j < name.Length; j++)
            {
                if (name.Roles[j] != TokenRole.Word) continue;
                words++;
                if (commonest < 0 || name.Weights[j] < name.Weights[commonest]) commonest = j;
            }
            for (var j = 0; j < name.Length; j++)
            {
                // A name of particles or legal forms only is anchored on all its tokens; otherwise on its words.
                if (words > 0 && (name.Roles[j] != TokenRole.Word || (words >= 2 && j == commonest))) continue;
                Add(anchors, name.Keys[j], n);
            }
            // Run together, two tokens are one written word (ALQAIDA for AL-QAIDA): an anchor too.
            for (var j = 0; j + 1 < name.Length; j++) Add(anchors, NameText.Key(name.Tokens[j] + name.Tokens[j + 1]), n);
        }
        _names = anchors.ToDictionary(a => a.Key, a => a.Value.ToArray(), StringComparer.Ordinal);
        _others = new Dictionary<string, ulong[]>(_names.Count, StringComparer.Ordinal);
        foreach (var (key, postings) in _names)
        {
            var others = new ulong[postings.Length];
            for (var i = 0; i < postings.Length; i++) others[i] = OtherWordKeys(names[postings[i]], key);
            _others[key] = others;
        }
    }

    /// <summary>
    /// The bit of a key in a 64-bit set of keys (<see cref="OthersOf"/>): from its ordinal hash, as the scanner has it.
    /// </summary>
    public static ulong KeyBit(int keyHash) => 1UL << (int)(((uint)keyHash * 0x9E3779B1u) >> 26);

    /// <summary>
    /// For each name of <see cref="Names"/>, the set of its other name words' keys (one occurrence of this key left
    /// out): a name with two words or more is a mention only with a second of them close by, so where none of these
    /// bits is among the nearby words', this anchor need not wake the name. All bits for a name of fewer than two
    /// words, which may stand alone.
    /// </summary>
    public ulong[] OthersOf(string key) => _others.GetValueOrDefault(key) ?? NoOthers;

    private static ulong OtherWordKeys(PreparedName name, string key)
    {
        var words = 0;
        for (var j = 0; j < name.Length; j++)
        {
            if (name.Roles[j] == TokenRole.Word) words++;
        }
        if (words < 2) return ulong.MaxValue;
        var set = 0UL;
        var skipped = false;
        for (var j = 0; j < name.Length; j++)
        {
            if (name.Roles[j] != TokenRole.Word) continue;
            if (!skipped && string.Equals(name.Keys[j], key, StringComparison.Ordinal))
            {
                skipped = true;
                continue;
            }
            set |= KeyBit(StringComparer.Ordinal.GetHashCode(name.Keys[j]));
        }
        return set;
    }

    private static void Add(Dictionary<string, List<int>> anchors, string key, int name)
    {
        if (!anchors.TryGetValue(key, out var list)) anchors[key] = list = [];
        if (list.Count == 0 || list[^1] != name) list.Add(name);
    }

    /// <summary>The names for which this key is an anchor.</summary>
    public int[] Names(string key) => _names.GetValueOrDefault(key) ?? NoNames;
}
