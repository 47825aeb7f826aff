namespace Embargo.Matching.Scoring;

/// <summary>
/// A lower bound of <see cref="SpellingAlignment.Cost"/> for one table of <see cref="SpellingRules"/>, from which
/// letters each token has. The Latin letters a native letter may be written as are known ahead (itself, a letter of
/// its class, a vowel for a vowel, the Latin side of a rule whose native side covers it there), so: a Latin letter
/// that no native letter may give must be added (or be part of the ending a rule adds), and a native letter that may
/// give no letter of the Latin token must be dropped, each at the least the alignment charges for that at that place.
/// The two are different steps of any alignment, so their costs add up. Most unrelated pairs are over the allowance
/// on this count alone: a pass over their letters instead of an alignment. Read-only once made (thread-safe), and
/// allocation-free.
/// </summary>
internal sealed class SpellingBound
{
    private const int Letters = 26;

    private const int MaxLength = 64;

    /// <summary>Native letter → the Latin letters the alignment may write for it alone (itself, its class, a one-letter rule).</summary>
    private readonly uint[] _alone = new uint[Letters];

    /// <summary>Native letter → the rules of two letters or more opening on it, as their native side and Latin letters.</summary>
    private readonly (string Native, uint Latin)[][] _longer = new (string, uint)[Letters][];

    /// <summary>Latin letter → the endings that close on it.</summary>
    private readonly SpellingRule[][] _endingsByLastLetter = new SpellingRule[Letters][];

    private readonly SpellingRules _rules;
    private readonly int _longestEnding;

    public SpellingBound(SpellingRules rules)
    {
        _rules = rules;
        foreach (var ending in rules.Endings) _longestEnding = Math.Max(_longestEnding, ending.Latin.Length);
        for (var c = 'a'; c <= 'z'; c++)
        {
            var last = c;
            _endingsByLastLetter[c - 'a'] = Array.FindAll(rules.Endings, e => e.Latin.Length > 0 && e.Latin[^1] == last);
        }
        for (var x = 'a'; x <= 'z'; x++)
        {
            var alone = Bit(x);
            for (var y = 'a'; y <= 'z'; y++)
            {
                if (SpellingAlignment.Change(x, y, rules) >= 0) alone |= Bit(y);
            }
            var longer = new List<(string Native, uint Latin)>();
            foreach (var rule in rules.StartingWith(x))
            {
                var latin = LettersOf(rule.Latin);
                if (rule.Native.Length == 1)
                {
                    alone |= latin;
                    continue;
                }
                var same = longer.FindIndex(r => string.Equals(r.Native, rule.Native, StringComparison.Ordinal));
                if (same >= 0) longer[same] = (rule.Native, longer[same].Latin | latin);
                else longer.Add((rule.Native, latin));
            }
            _alone[x - 'a'] = alone;
            _longer[x - 'a'] = [.. longer];
        }
    }

    /// <summary>
    /// The Latin letters each letter of <paramref name="native"/> may be written as, alone or within a rule that
    /// applies there, into <paramref name="gives"/> (as long as the token); returns their union.
    /// </summary>
    public uint Gives(ReadOnlySpan<char> native, Span<uint> gives)
    {
        for (var i = 0; i < native.Length; i++) gives[i] = IsLetter(native[i]) ? _alone[native[i] - 'a'] : 0;
        uint any = 0;
        for (var i = 0; i < native.Length; i++)
        {
            if (IsLetter(native[i]))
            {
                foreach (var (ruleNative, ruleLatin) in _longer[native[i] - 'a'])
                {
                    if (!native[i..].StartsWith(ruleNative, StringComparison.Ordinal)) continue;
                    for (var k = i; k < i + ruleNative.Length; k++) gives[k] |= ruleLatin;
                }
            }
            // Rules opening further on no longer reach letter i: its letters are all known.
            any |= gives[i];
        }
        return any;
    }

    /// <summary>A cost no alignment of the two tokens goes under (0 when the letters say nothing).</summary>
    public float Of(ReadOnlySpan<char> native, ReadOnlySpan<char> latin) => Of(native, latin, float.MaxValue);

    /// <summary>The same, or any value above <paramref name="stopAbove"/> as soon as the bound is known to be.</summary>
    public float Of(ReadOnlySpan<char> native, ReadOnlySpan<char> latin, float stopAbove)
    {
        if (native.IsEmpty || latin.IsEmpty || native.Length > MaxLength) return 0;
        Span<uint> gives = stackalloc uint[native.Length];
        var any = Gives(native, gives);
        return Of(native, gives, any, latin, LettersOf(latin), stopAbove);
    }

    /// <summary>The same with the native token's <see cref="Gives"/> and the Latin token's <see cref="LettersOf"/> made ahead.</summary>
    public float Of(ReadOnlySpan<char> native, ReadOnlySpan<uint> gives, uint any, ReadOnlySpan<char> latin, uint latinLetters, float stopAbove)
    {
        if (native.IsEmpty || latin.IsEmpty) return 0;
        var cost = 0f;
        for (var i = 0; i < native.Length; i++)
        {
            // A letter outside the alphabet gives only itself: never charged, as if it could be kept.
            if (IsLetter(native[i]) && (gives[i] & latinLetters) == 0) cost += SpellingAlignment.NativeDrop(native, i, _rules);
        }
        if (cost > stopAbove) return cost;
        // Latin letters no native letter gives: added one by one, or those at the end within an ending a rule adds
        // (at most one, and it closes the alignment).
        var added = 0f;
        var endingFrom = latin.Length - _longestEnding;
        for (var j = 0; j < latin.Length; j++)
        {
            added += Added(native, any, latin, j);
            // Before the letters an ending may cover, the count only grows.
            if (j < endingFrom && cost + added > stopAbove) return cost + added;
        }
        if (!IsLetter(latin[^1]) || _endingsByLastLetter[latin[^1] - 'a'].Length == 0) return cost + added;
        var best = added;
        var after = 0f;
        for (var j = latin.Length - 1; j >= Math.Max(0, endingFrom); j--)
        {
            after += Added(native, any, latin, j);
            best = Math.Min(best, added - after + EndingAt(latin, j));
        }
        return cost + best;
    }

    // What adding Latin letter j costs at least, 0 when a native letter may give it.
    private float Added(ReadOnlySpan<char> native, uint any, ReadOnlySpan<char> latin, int j)
    {
        var c = latin[j];
        if (!IsLetter(c) || (any & Bit(c)) != 0) return 0;
        // At j = 0 an insertion may come after native letters were dropped (i > 0): the initial liquid's price is then not given.
        return j == 0
            ? Math.Min(SpellingAlignment.LatinInsert(native, 0, latin, 0, _rules), SpellingAlignment.LatinInsert(native, 1, latin, 0, _rules))
            : SpellingAlignment.LatinInsert(native, 1, latin, j, _rules);
    }

    // The cost of the cheapest ending that is exactly latin[j..], or infinity.
    private float EndingAt(ReadOnlySpan<char> latin, int j)
    {
        var best = float.MaxValue;
        foreach (var ending in _endingsByLastLetter[latin[^1] - 'a'])
        {
            if (ending.Cost < best && latin[j..].SequenceEqual(ending.Latin)) best = ending.Cost;
        }
        return best;
    }

    /// <summary>The set of lowercase ASCII letters of a token.</summary>
    public static uint LettersOf(ReadOnlySpan<char> token)
    {
        uint letters = 0;
        foreach (var c in token)
        {
            if (IsLetter(c)) letters |= Bit(c);
        }
        return letters;
    }

    private static bool IsLetter(char c) => (uint)(c - 'a') < Letters;

    private static uint Bit(char c) => 1u << (c - 'a');
}
