using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Embargo.Matching.Index;
using Embargo.Matching.Text;

namespace Embargo.Matching.Scan;

/// <summary>
/// The scanner's memory of words: each distinct spelling in the text is folded, keyed and looked up in the
/// candidate index once, then reused (a news article repeats its words; a large file repeats them millions of
/// times). Also two adjacent words run together (al qaida → ALQAIDA). Safe for concurrent scans; it stops
/// growing past a size, after which unseen words are computed each time.
/// </summary>
internal sealed class TokenCatalog
{
    private const int MaxEntries = 400_000;

    // Two words longer than this together are joined the slow way (no listed name has such a key anyway).
    private const int MaxStackJoined = 64;

    /// <summary>A word in more than this share of listed names is "ordinary" for the purpose of free text (trading, vladimir).</summary>
    private const double OrdinaryNameShare = 0.003;

    private const int MinCommonFrequency = 50;

    private static readonly int[] NoNames = [];
    private static readonly Vector512<ulong>[] NoOthers = [];

    private readonly ConcurrentDictionary<string, TokenInfo[]> _words = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, string), int[]> _joined = new();
    private readonly ConcurrentDictionary<int[], Vector512<ulong>[]> _joinedOthers = new(ReferenceEqualityComparer.Instance);
    private readonly PreparedName[] _names;
    private readonly ConcurrentDictionary<string, TokenInfo[]>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;
    private readonly CandidateIndex _candidates;
    private readonly KeyFilter _listedKeys;
    private readonly AnchorIndex _anchors;
    private readonly TokenStatistics _statistics;
    private readonly int _ordinaryFrequency;
    // Entries added, counted here: ConcurrentDictionary.Count takes every lock, and a miss asked it once per word.
    private int _wordCount;
    private int _joinedCount;
    private int _joinedOthersCount;

    public TokenCatalog(CandidateIndex candidates, AnchorIndex anchors, TokenStatistics statistics, PreparedName[] names)
    {
        _candidates = candidates;
        _names = names;
        _listedKeys = new KeyFilter(candidates.Keys);
        _anchors = anchors;
        _statistics = statistics;
        _ordinaryFrequency = Math.Max(20, (int)(names.Length * OrdinaryNameShare));
        _wordsBySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The folded words one written word stands for (one, except where a script writes no spaces).</summary>
    public TokenInfo[] Get(ReadOnlySpan<char> written)
    {
        if (_wordsBySpan.TryGetValue(written, out var known)) return known;
        var text = written.ToString();
        var infos = Create(text);
        if (Volatile.Read(ref _wordCount) < MaxEntries && _words.TryAdd(text, infos)) Interlocked.Increment(ref _wordCount);
        return infos;
    }

    /// <summary>
    /// Listed names holding the run-together key of two adjacent words (al + qaida → alqaida), with each name's other
    /// word keys as a set (<see cref="AnchorIndex.OthersOf"/>): a name of two words or more needs a second one near.
    /// </summary>
    [SkipLocalsInit] // both buffers are written before they are read
    public int[] Joined(TokenInfo first, TokenInfo second, out Vector512<ulong>[] others)
    {
        var names = JoinedNames(first, second);
        others = names.Length == 0 ? NoOthers : OthersOfJoined(names, first, second);
        return names;
    }

    [SkipLocalsInit] // both buffers are written before they are read
    private int[] JoinedNames(TokenInfo first, TokenInfo second)
    {
        // Most pairs of words in a text are new ones: their key is made on the stack and looked up without a string.
        var length = first.Folded.Length + second.Folded.Length;
        if (length <= MaxStackJoined)
        {
            Span<char> joined = stackalloc char[length];
            first.Folded.CopyTo(joined);
            second.Folded.CopyTo(joined[first.Folded.Length..]);
            Span<char> key = stackalloc char[MaxStackJoined];
            var keyLength = PhoneticKey.Write(joined, key);
            if (keyLength > 0) return _listedKeys.MayContain(key[..keyLength]) ? _candidates.Names(key[..keyLength]) : NoNames;
        }
        if (_joined.TryGetValue((first.Folded, second.Folded), out var names)) return names;
        names = _candidates.Names(NameText.Key(first.Folded + second.Folded));
        if (names.Length == 0) names = NoNames;
        if (Volatile.Read(ref _joinedCount) < MaxEntries && _joined.TryAdd((first.Folded, second.Folded), names)) Interlocked.Increment(ref _joinedCount);
        return names;
    }

    // Worked out once per listed key met run together: the candidate index keeps one posting array per key, so the
    // array stands for the key here.
    private Vector512<ulong>[] OthersOfJoined(int[] names, TokenInfo first, TokenInfo second)
    {
        if (_joinedOthers.TryGetValue(names, out var others)) return others;
        var key = NameText.Key(first.Folded + second.Folded);
        others = new Vector512<ulong>[names.Length];
        for (var i = 0; i < names.Length; i++) others[i] = AnchorIndex.OtherWordKeys(_names[names[i]], key);
        if (Volatile.Read(ref _joinedOthersCount) < MaxEntries && _joinedOthers.TryAdd(names, others)) Interlocked.Increment(ref _joinedOthersCount);
        return others;
    }

    /// <summary>Whether a folded word counts as ordinary: an everyday English word or one frequent across the lists.</summary>
    public bool IsOrdinary(string folded, string key) => CommonWords.Contains(folded) || _statistics.Frequency(key) >= _ordinaryFrequency;

    private TokenInfo[] Create(string written)
    {
        string folded;
        try
        {
            folded = NameText.Fold(written);
        }
        catch (ArgumentException)
        {
            return []; // an unpaired surrogate: broken text, no name
        }
        var pieces = NameText.Tokenize(folded);
        var infos = new TokenInfo[pieces.Length];
        for (var i = 0; i < pieces.Length; i++) infos[i] = Describe(pieces[i]);
        return infos;
    }

    // As the index decides, but never for a key fewer than a few dozen names hold (a small list has no common keys).
    private bool IsVeryCommon(string key) => _statistics.IsVeryCommon(key) && _statistics.Frequency(key) > MinCommonFrequency;

    private TokenInfo Describe(string folded)
    {
        var key = NameText.Key(folded);
        var veryCommon = IsVeryCommon(key);
        var postings = new List<int[]>();
        var others = new List<Vector512<ulong>[]>();
        var factors = new List<float>();
        var exact = _anchors.Names(key);
        if (exact.Length > 0)
        {
            postings.Add(exact);
            others.Add(_anchors.OthersOf(key));
            factors.Add(1f);
        }
        var near = new List<string>();
        var nearKeys = Vector512<ulong>.Zero;
        _candidates.NearKeys(key, near);
        // An everyday word is not a misspelt name ("ahead" is not AHMAD): it wakes names only by its own key.
        var ordinary = IsOrdinary(folded, key);
        foreach (var k in ordinary ? [] : near)
        {
            // As in retrieval: a near spelling of a very common key floods without finding anything new.
            if (IsVeryCommon(k)) continue;
            // As in retrieval: a key two edits away in four letters is no near spelling (yang is not Iran).
            if (!CandidateIndex.IsWithinFuzzyReach(key, k)) continue;
            var names = _anchors.Names(k);
            if (names.Length == 0) continue;
            postings.Add(names);
            others.Add(_anchors.OthersOf(k));
            nearKeys |= KeySets.Of(StringComparer.Ordinal.GetHashCode(k));
            factors.Add((float)Tuning.PhoneticSimilarity);
        }
        return new TokenInfo(folded, key, TokenRoles.Of(folded), _statistics.Weight(key), veryCommon, ordinary,
            [.. postings], [.. others], [.. factors], [.. near], nearKeys);
    }
}
