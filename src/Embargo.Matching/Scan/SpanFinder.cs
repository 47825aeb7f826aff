using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Embargo.Matching.Index;
using Embargo.Matching.Text;

namespace Embargo.Matching.Scan;

/// <summary>
/// Finds the stretches of a sentence that may name a listed party, without scoring every window: each word's
/// listed keys (found once per spelling, see <see cref="TokenCatalog"/>) credit the listed names holding them;
/// a name credited with enough of its weight, by words close together, gives a candidate span. Words in very
/// many names (al, company) credit nobody; they join a span only when the listed name has them.
/// </summary>
internal sealed class SpanFinder
{
    private readonly TokenCatalog _catalog;

    public SpanFinder(ScreeningIndex index, TokenCatalog catalog)
    {
        _catalog = catalog;
        _names = index.PreparedNames;
        _nameEntity = index.NameEntity;
        _facts = Facts(index.PreparedNames, out _wordKeyHashes, out _tokenKeyHashes);
    }

    /// <summary>The words found must weigh this share of the listed name's words before it is scored at all.</summary>
    private const float MinCoveredShare = 0.45f;

    // Words overlap between stretches of a long sentence, so that no name is cut in two.
    private const int Overlap = 10;

    private readonly PreparedName[] _names;
    private readonly int[] _nameEntity;
    // The hashes of each name's word keys (only name words count as a second word: "of" or "llc" beside a common
    // word is no evidence), and of all its tokens' keys, particles too, in token order (the window check looks these
    // up), name after name in one array each: see NameFacts for where a name's start.
    private readonly int[] _wordKeyHashes;
    private readonly int[] _tokenKeyHashes;

    // What the check of a touched name reads first, side by side.
    private readonly NameFacts[] _facts;

    private static NameFacts[] Facts(PreparedName[] names, out int[] wordKeyHashes, out int[] tokenKeyHashes)
    {
        var facts = new NameFacts[names.Length];
        var words = new List<int>();
        var tokens = new List<int>();
        Span<int> first = stackalloc int[NameFacts.InlineKeys];
        for (var n = 0; n < names.Length; n++)
        {
            var name = names[n];
            var wordStart = words.Count;
            var tokenStart = tokens.Count;
            for (var j = 0; j < name.Length; j++)
            {
                var hash = StringComparer.Ordinal.GetHashCode(name.Keys[j]);
                tokens.Add(hash);
                if (name.Roles[j] == TokenRole.Word) words.Add(hash);
            }
            var count = words.Count - wordStart;
            for (var k = 0; k < Math.Min(count, first.Length); k++) first[k] = words[wordStart + k];
            facts[n] = new NameFacts(MinCoveredShare * Math.Max(name.WordWeight, 1e-3f), count, wordStart, tokenStart,
                first[..Math.Min(count, first.Length)]);
        }
        wordKeyHashes = [.. words];
        tokenKeyHashes = [.. tokens];
        return facts;
    }

    public void Find(ScanText text, int maxSpan, List<SpanCandidate> into)
    {
        var seen = new HashSet<(int, int, int)>();
        var tokens = text.Tokens;
        var buffer = ScanBuffer.For();
        var start = 0;
        while (start < tokens.Length)
        {
            var end = text.SpanEnd[start];
            for (var from = start; from < end; from += ScanBuffer.MaxWords - Overlap)
            {
                var to = Math.Min(end, from + ScanBuffer.MaxWords);
                FindInStretch(text, from, to, maxSpan, buffer, seen, into);
                if (to == end) break;
            }
            start = end;
        }
    }

    [SkipLocalsInit] // the spans of key sets are written before they are read
    private void FindInStretch(ScanText text, int from, int to, int maxSpan, ScanBuffer buffer, HashSet<(int, int, int)> seen, List<SpanCandidate> into)
    {
        var tokens = text.Tokens;
        // The keys of each word's neighbours within a name's reach: a name of two words or more needs a second one there.
        // Exact keys for a word's own anchors; with the keys the neighbours may stand for by their spelling (the
        // second word may be misspelt too) for the names a near spelling or two words run together wake.
        var count = to - from;
        Span<Vector512<ulong>> own = stackalloc Vector512<ulong>[count];
        Span<Vector512<ulong>> spelt = stackalloc Vector512<ulong>[count];
        for (var p = 0; p < count; p++)
        {
            var info = tokens[from + p].Info;
            own[p] = info.KeySet;
            // As the crediting below: a word lower case in prose, or in very many names, wakes nothing by its spelling.
            var wakes = !info.VeryCommon && !LowerInProse(from + p);
            spelt[p] = wakes ? info.KeySet | info.NearKeySet : info.KeySet;
        }
        Span<Vector512<ulong>> nearby = stackalloc Vector512<ulong>[count];
        Span<Vector512<ulong>> nearbySpelt = stackalloc Vector512<ulong>[count];
        for (var p = 0; p < count; p++)
        {
            Vector512<ulong> around = default, aroundSpelt = default;
            for (int q = Math.Max(0, p - maxSpan), last = Math.Min(count - 1, p + maxSpan); q <= last; q++)
            {
                around |= own[q];
                aroundSpelt |= spelt[q];
            }
            nearby[p] = around;
            nearbySpelt[p] = aroundSpelt;
        }
        bool LowerInProse(int at) => tokens[at].Shape == TokenShape.Lower && text.CaseInformative[at];
        for (var p = from; p < to; p++)
        {
            var info = tokens[p].Info;
            var bit = 1UL << (p - from);
            if (!info.VeryCommon)
            {
                // A word in lower case where the text capitalises names is a name only as written: its near spellings
                // ("deal" for DIAL, "ahead" for AHMAD) would wake hundreds of names for nothing; and an everyday word
                // ("in", "state") wakes none itself, though it still counts for a name another word woke.
                var lowerInProse = LowerInProse(p);
                for (var k = 0; k < info.Postings.Length; k++)
                {
                    var factor = info.Factors[k];
                    if (factor < 1)
                    {
                        if (lowerInProse) continue;
                        buffer.AddWhereNearby(info.Postings[k], info.Others[k], nearbySpelt[p - from], info.Weight * factor, bit, unkeyed: bit);
                    }
                    else if (!lowerInProse || !info.Ordinary)
                    {
                        buffer.AddWhereNearby(info.Postings[k], info.Others[k], nearby[p - from], info.Weight, bit, unkeyed: 0);
                    }
                }
            }
            if (p + 1 < to)
            {
                var next = tokens[p + 1].Info;
                var joined = _catalog.Joined(info, next, out var others);
                if (joined.Length > 0)
                {
                    // Two words run together stand for one of the name's (Sber Bank, SBERBANK OF RUSSIA), unless both are lower
                    // case where the text capitalises names: "the in" is no THEIN.
                    var capitalised = !(LowerInProse(p) && LowerInProse(p + 1));
                    buffer.AddWhereNearby(joined, others, nearbySpelt[p - from] | nearbySpelt[p + 1 - from], info.Weight + next.Weight, bit | (bit << 1),
                        unkeyed: capitalised ? bit : 0);
                }
            }
        }
        // Where each key of the stretch is: most names an anchor woke have no second word here, and are dropped in
        // a look-up per key each.
        var keys = StretchKeys.For();
        keys.Clear();
        for (var p = from; p < to; p++) keys.Add(tokens[p].Info.KeyHash, p - from);
        for (var t = 0; t < buffer.TouchedCount; t++)
        {
            ref readonly var touched = ref buffer.Touched(t);
            var name = touched.Name;
            ref readonly var facts = ref _facts[name];
            var needed = facts.Needed;
            // One word may name a one-word listing; any other needs two of its words here (see MentionJudge).
            if (facts.WordCount >= 2 || touched.Weight < needed)
            {
                var hits = BitOperations.PopCount(touched.Unkeyed);
                // Most names an anchor woke have no second word here: a look-up per key of the name in the stretch's.
                for (var k = 0; k < facts.WordCount && hits < 2; k++)
                {
                    if (keys.PositionsOf(facts.WordKey(k, _wordKeyHashes)) != 0) hits++;
                }
                if (hits < 2) continue;
            }
            // Now every word near an anchor with one of the name's keys counts.
            var anchors = touched.Words;
            var lo = Math.Max(0, BitOperations.TrailingZeroCount(anchors) - maxSpan);
            var hi = Math.Min(to - from - 1, 63 - BitOperations.LeadingZeroCount(anchors) + maxSpan);
            var window = (hi == 63 ? ulong.MaxValue : (1UL << (hi + 1)) - 1) & ~((1UL << lo) - 1);
            var words = anchors | WordsWithKeys(tokens, from, _names[name], _tokenKeyHashes.AsSpan(facts.TokenKeysStart, _names[name].Length), keys, window & ~anchors);
            AddClusters(text, from, to, words, anchors, name, needed, maxSpan, seen, into);
        }
        buffer.Reset();
    }

    // The words among candidates (one bit each) whose key is one of the listed name's: found by hash, confirmed by key.
    private static ulong WordsWithKeys(ScanToken[] tokens, int from, PreparedName listed, ReadOnlySpan<int> keyHashes, StretchKeys keys, ulong candidates)
    {
        var found = 0UL;
        for (var j = 0; j < keyHashes.Length && candidates != 0; j++)
        {
            var bits = keys.PositionsOf(keyHashes[j]) & candidates;
            while (bits != 0)
            {
                var bit = bits & (~bits + 1);
                bits &= bits - 1;
                if (!string.Equals(tokens[from + BitOperations.TrailingZeroCount(bit)].Info.Key, listed.Keys[j], StringComparison.Ordinal)) continue;
                found |= bit;
                candidates &= ~bit;
            }
        }
        return found;
    }

    // Groups the words that meet a name into runs close together; each run holding an anchor and heavy enough is a candidate.
    private void AddClusters(ScanText text, int from, int to, ulong words, ulong anchors, int name, float needed, int maxSpan,
        HashSet<(int, int, int)> seen, List<SpanCandidate> into)
    {
        var tokens = text.Tokens;
        var first = -1;
        var last = -1;
        var weight = 0f;
        ulong bits = 0;
        while (words != 0)
        {
            var p = from + BitOperations.TrailingZeroCount(words);
            words &= words - 1;
            if (first >= 0 && (!CloseEnough(tokens, last, p) || p - first + 1 > maxSpan))
            {
                if ((bits & anchors) != 0) Emit(text, from, to, first, last, bits, weight, name, needed, seen, into);
                first = -1;
                weight = 0;
                bits = 0;
            }
            if (first < 0) first = p;
            last = p;
            weight += tokens[p].Info.Weight;
            bits |= 1UL << (p - from);
        }
        if (first >= 0 && (bits & anchors) != 0) Emit(text, from, to, first, last, bits, weight, name, needed, seen, into);
    }

    // Two credited words belong to one name when at most one word lies between them, or two little ones (of the).
    private static bool CloseEnough(ScanToken[] tokens, int last, int next)
    {
        var gap = next - last - 1;
        if (gap <= 1) return true;
        if (gap > 2) return false;
        for (var i = last + 1; i < next; i++)
        {
            if (!tokens[i].Info.VeryCommon && tokens[i].Info.Role == TokenRole.Word) return false;
        }
        return true;
    }

    private void Emit(ScanText text, int from, int to, int first, int last, ulong bits, float weight, int name, float needed,
        HashSet<(int, int, int)> seen, List<SpanCandidate> into)
    {
        if (weight < needed) return;
        var listed = _names[name];
        // A name listed with two words or more needs two in the text (checked again on the engine's alignment).
        var words = WordsIn(text, from, bits, out var single);
        if (_facts[name].WordCount >= 2 && words < 2) return;
        if (words == 1 && !CanStandAlone(text, single, listed)) return;
        // Little words the listed name has, just outside the run, belong to it: al-Qaida, Bank of Russia.
        for (var n = 0; n < 2 && first - 1 >= from && !text.StartsSpan(first) && HasKey(listed, text.Tokens[first - 1].Info.Key); n++) first--;
        for (var n = 0; n < 2 && last + 1 < to && HasKey(listed, text.Tokens[last + 1].Info.Key); n++) last++;
        var entity = _nameEntity[name];
        if (seen.Add((first, last, entity))) into.Add(new SpanCandidate(first, last, entity, name));
    }

    // The matched words (bits) that are name words: not particles, legal forms, numbers or lone letters.
    private static int WordsIn(ScanText text, int from, ulong bits, out int single)
    {
        var count = 0;
        single = -1;
        while (bits != 0)
        {
            var p = from + BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            var info = text.Tokens[p].Info;
            if (info.Role != TokenRole.Word || !info.IsLetters || info.Folded.Length < 2) continue;
            count++;
            single = p;
        }
        return count;
    }

    // The judge's rules for one word alone (see MentionJudge), applied before scoring: most windows end here.
    private static bool CanStandAlone(ScanText text, int p, PreparedName listed)
    {
        var token = text.Tokens[p];
        if (token.Info.Folded.Length < MentionJudge.MinSingleWordLength) return false;
        if (text.CaseInformative[p] && token.Shape == TokenShape.Lower) return false;
        return HasKey(listed, token.Info.Key) || (!token.Info.Ordinary && token.Info.Folded.Length >= MentionJudge.MinFuzzySingleWordLength);
    }

    private static bool HasKey(PreparedName listed, string key)
    {
        foreach (var k in listed.Keys)
        {
            if (string.Equals(k, key, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
