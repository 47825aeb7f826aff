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
    private readonly Dictionary<string, int[]> _names;

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
    }

    private static void Add(Dictionary<string, List<int>> anchors, string key, int name)
    {
        if (!anchors.TryGetValue(key, out var list)) anchors[key] = list = [];
        if (list.Count == 0 || list[^1] != name) list.Add(name);
    }

    /// <summary>The names for which this key is an anchor.</summary>
    public int[] Names(string key) => _names.GetValueOrDefault(key) ?? NoNames;
}
