using System.Runtime.Intrinsics;
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
    private static readonly Vector512<ulong>[] NoOthers = [];
    private readonly Dictionary<string, int[]> _names;
    private readonly Dictionary<string, Vector512<ulong>[]> _others;

    public AnchorIndex(PreparedName[] names)
    {
        var anchors = new Dictionary<string, List<(int Name, Vector512<ulong> Others)>>(StringComparer.Ordinal);
        var bits = new Vector512<ulong>[PreparedName.MaxTokens];
        for (var n = 0; n < names.Length; n++)
        {
            var name = names[n];
            var words = 0;
            var commonest = -1;
            var all = Vector512<ulong>.Zero;
            for (var j = 0; j < name.Length; j++)
            {
                bits[j] = Vector512<ulong>.Zero;
                if (name.Roles[j] != TokenRole.Word) continue;
                words++;
                if (commonest < 0 || name.Weights[j] < name.Weights[commonest]) commonest = j;
                bits[j] = KeySets.Of(StringComparer.Ordinal.GetHashCode(name.Keys[j]));
            }
            for (var j = 0; j < name.Length; j++)
            {
                // A name of particles or legal forms only is anchored on all its tokens; otherwise on its words.
                if (words > 0 && (name.Roles[j] != TokenRole.Word || (words >= 2 && j == commonest))) continue;
                Add(anchors, name.Keys[j], n, words < 2 ? KeySets.All : OtherWordKeys(name, bits, j));
            }
            // Run together, two tokens are one written word (ALQAIDA for AL-QAIDA): an anchor too; no word of the
            // name is that key, so all of them are the others.
            for (var j = 0; j < name.Length; j++) all |= bits[j];
            for (var j = 0; j + 1 < name.Length; j++) Add(anchors, NameText.Key(name.Tokens[j] + name.Tokens[j + 1]), n, words < 2 ? KeySets.All : all);
        }
        _names = new Dictionary<string, int[]>(anchors.Count, StringComparer.Ordinal);
        _others = new Dictionary<string, Vector512<ulong>[]>(anchors.Count, StringComparer.Ordinal);
        foreach (var (key, postings) in anchors)
        {
            var ids = new int[postings.Count];
            var others = new Vector512<ulong>[postings.Count];
            for (var i = 0; i < postings.Count; i++) (ids[i], others[i]) = postings[i];
            _names[key] = ids;
            _others[key] = others;
        }
    }

    private static void Add(Dictionary<string, List<(int Name, Vector512<ulong> Others)>> anchors, string key, int name, Vector512<ulong> others)
    {
        if (!anchors.TryGetValue(key, out var list)) anchors[key] = list = [];
        // A key twice in one name (ALI ALI) is one posting, and its other keys include itself.
        if (list.Count > 0 && list[^1].Name == name) list[^1] = (name, list[^1].Others | others);
        else list.Add((name, others));
    }

    // The bits of the name's word keys but token j's (one occurrence: a key the name has twice keeps its bit).
    private static Vector512<ulong> OtherWordKeys(PreparedName name, ReadOnlySpan<Vector512<ulong>> bits, int j)
    {
        var set = Vector512<ulong>.Zero;
        for (var k = 0; k < name.Length; k++)
        {
            if (k != j) set |= bits[k];
        }
        return set;
    }

    /// <summary>
    /// As <see cref="OthersOf"/> for one name holding <paramref name="key"/> (one of its tokens' keys, or none): the bits
    /// of its word keys but one occurrence of that key; all bits when the name has fewer than two words.
    /// </summary>
    public static Vector512<ulong> OtherWordKeys(PreparedName name, string key)
    {
        var words = 0;
        var set = Vector512<ulong>.Zero;
        var skipped = false;
        for (var j = 0; j < name.Length; j++)
        {
            if (name.Roles[j] != TokenRole.Word) continue;
            words++;
            if (!skipped && string.Equals(name.Keys[j], key, StringComparison.Ordinal))
            {
                skipped = true;
                continue;
            }
            set |= KeySets.Of(StringComparer.Ordinal.GetHashCode(name.Keys[j]));
        }
        return words < 2 ? KeySets.All : set;
    }

    /// <summary>
    /// For each name of <see cref="Names"/>, the set of its other name words' keys (one occurrence of this key left
    /// out): a name with two words or more is a mention only with a second of them close by, so where none of these
    /// bits is among the nearby words', this anchor need not wake the name. All bits for a name of fewer than two
    /// words, which may stand alone.
    /// </summary>
    public Vector512<ulong>[] OthersOf(string key) => _others.GetValueOrDefault(key) ?? NoOthers;

    /// <summary>The names for which this key is an anchor.</summary>
    public int[] Names(string key) => _names.GetValueOrDefault(key) ?? NoNames;
}
