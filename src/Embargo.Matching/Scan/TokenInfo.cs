using System.Runtime.Intrinsics;
using Embargo.Matching.Text;

namespace Embargo.Matching.Scan;

/// <summary>
/// One folded word of the text as the scanner sees it, computed once per distinct spelling: its key, its weight
/// across the lists, whether it is an ordinary word, and the listed names it can point to (sharing its key
/// exactly or within about one edit).
/// </summary>
internal sealed class TokenInfo
{
    public TokenInfo(string folded, string key, TokenRole role, float weight, bool veryCommon, bool ordinary, int[][] postings, Vector512<ulong>[][] others, float[] factors, string[] nearKeys, Vector512<ulong> nearKeySet)
    {
        Folded = folded;
        Key = key;
        Role = role;
        Weight = weight;
        VeryCommon = veryCommon;
        Ordinary = ordinary;
        Postings = postings;
        Others = others;
        Factors = factors;
        NearKeys = nearKeys;
        KeyHash = StringComparer.Ordinal.GetHashCode(key);
        KeySet = KeySets.Of(KeyHash);
        NearKeySet = nearKeySet;
    }

    /// <summary>The key as a set of keys (<see cref="KeySets"/>).</summary>
    public Vector512<ulong> KeySet { get; }

    /// <summary>
    /// The near keys that have a posting list here, as a set of keys: the listed words this one may stand for by its
    /// spelling when it wakes names.
    /// </summary>
    public Vector512<ulong> NearKeySet { get; }

    /// <summary>The key's ordinal hash, for the scanner's per-sentence filter.</summary>
    public int KeyHash { get; }

    /// <summary>Listed keys about one edit from this word's key.</summary>
    public string[] NearKeys { get; }

    /// <summary>Whether this word may stand for a listed word with the given key (the same key, or one edit away).</summary>
    public bool Meets(string listedKey)
    {
        if (string.Equals(Key, listedKey, StringComparison.Ordinal)) return true;
        foreach (var near in NearKeys)
        {
            if (string.Equals(near, listedKey, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    public string Folded { get; }
    public string Key { get; }
    public TokenRole Role { get; }

    /// <summary>Rarity across the listed names (ln(1 + names / names with the key)).</summary>
    public float Weight { get; }

    /// <summary>In so many listed names (al, company) that looking it up finds nothing in particular.</summary>
    public bool VeryCommon { get; }

    /// <summary>An everyday English word, or a word frequent across the listed names.</summary>
    public bool Ordinary { get; }

    /// <summary>Listed names this word is an anchor of (see <see cref="AnchorIndex"/>), by its key (first) or a key about one edit away (then).</summary>
    public int[][] Postings { get; }

    /// <summary>For each posting list, each name's other word keys as a set (<see cref="AnchorIndex.OthersOf"/>).</summary>
    public Vector512<ulong>[][] Others { get; }

    /// <summary>The similarity each posting list stands for (1 for the key itself).</summary>
    public float[] Factors { get; }

    public bool IsLetters => Folded.Length > 0 && char.IsAsciiLetter(Folded[0]);
}
