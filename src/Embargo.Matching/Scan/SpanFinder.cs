using System.Numerics;
using Embargo.Matching.Index;
using Embargo.Matching.Text;

namespace Embargo.Matching.Scan;

/// <summary>
/// Finds the stretches of a sentence that may name a listed party, without scoring every window: each word's
/// listed keys (found once per spelling, see <see cref="TokenCatalog"/>) credit the listed names holding them;
/// a name credited with enough of its weight, by words close together, gives a candidate span. Words in very
/// many names (al, company) credit nobody; they join a span only when the listed name has them.
/// </summary>
internal sealed class SpanFinder(ScreeningIndex index, TokenCatalog catalog)
{
    /// <summary>The words found must weigh this share of the listed name's words before it is scored at all.</summary>
    private const float MinCoveredShare = 0.45f;

    // Words overlap between stretches of a long sentence, so that no name is cut in two.
    private const int Overlap = 10;

    private readonly PreparedName[] _names = index.PreparedNames;
    private readonly int[] _nameEntity = index.NameEntity;

    public void Find(ScanText text, int maxSpan, List<SpanCandidate> into)
    {
        var seen = new HashSet<(int, int, int)>();
        var tokens = text.Tokens;
        var buffer = ScanBuffer.For(_names.Length);
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

    private void FindInStretch(ScanText text, int from, int to, int maxSpan, ScanBuffer buffer, HashSet<(int, int, int)> seen, List<SpanCandidate> into)
    {
        var tokens = text.Tokens;
        for (var p = from; p < to; p++)
        {
            var info = tokens[p].Info;
            var bit = 1UL << (p - from);
            if (!info.VeryCommon)
            {
                for (var k = 0; k < info.Postings.Length; k++) buffer.Add(info.Postings[k], info.Weight * info.Factors[k], bit);
            }
            if (p + 1 < to)
            {
                var next = tokens[p + 1].Info;
                var joined = catalog.Joined(info, next);
                if (joined.Length > 0) buffer.Add(joined, info.Weight + next.Weight, bit | (bit << 1));
            }
        }
        foreach (var name in buffer.Touched)
        {
            var listed = _names[name];
            var needed = MinCoveredShare * Math.Max(listed.WordWeight, 1e-3f);
            if (buffer.WeightOf(name) < needed) continue;
            AddClusters(text, from, to, buffer.WordsOf(name), name, needed, maxSpan, seen, into);
        }
        buffer.Reset();
    }

    // Groups the words that credited a name into runs close together; each run heavy enough is a candidate.
    private void AddClusters(ScanText text, int from, int to, ulong words, int name, float needed, int maxSpan,
        HashSet<(int, int, int)> seen, List<SpanCandidate> into)
    {
        var tokens = text.Tokens;
        var first = -1;
        var last = -1;
        var weight = 0f;
        while (words != 0)
        {
            var p = from + BitOperations.TrailingZeroCount(words);
            words &= words - 1;
            if (first >= 0 && (!CloseEnough(tokens, last, p) || p - first + 1 > maxSpan))
            {
                Emit(text, from, to, first, last, weight, name, needed, seen, into);
                first = -1;
                weight = 0;
            }
            if (first < 0) first = p;
            last = p;
            weight += tokens[p].Info.Weight;
        }
        if (first >= 0) Emit(text, from, to, first, last, weight, name, needed, seen, into);
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

    private void Emit(ScanText text, int from, int to, int first, int last, float weight, int name, float needed,
        HashSet<(int, int, int)> seen, List<SpanCandidate> into)
    {
        if (weight < needed) return;
        var listed = _names[name];
        // Little words the listed name has, just outside the run, belong to it: al-Qaida, Bank of Russia.
        for (var n = 0; n < 2 && first - 1 >= from && !text.StartsSpan(first) && HasKey(listed, text.Tokens[first - 1].Info.Key); n++) first--;
        for (var n = 0; n < 2 && last + 1 < to && HasKey(listed, text.Tokens[last + 1].Info.Key); n++) last++;
        var entity = _nameEntity[name];
        if (seen.Add((first, last, entity))) into.Add(new SpanCandidate(first, last, entity, name));
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
