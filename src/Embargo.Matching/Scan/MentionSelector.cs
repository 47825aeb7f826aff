namespace Embargo.Matching.Scan;

/// <summary>
/// Keeps the best reading of every stretch of text: strong before needing context, then higher score, then
/// longer span. Spans that overlap a kept one are dropped; the same words may name a few entities at once (one
/// party on two lists), which are all kept.
/// </summary>
internal static class MentionSelector
{
    public static List<MentionVerdict> Select(List<MentionVerdict> verdicts, int maxEntitiesPerSpan)
    {
        verdicts.Sort(static (a, b) =>
        {
            var byStrength = a.Strength.CompareTo(b.Strength);
            if (byStrength != 0) return byStrength;
            var byScore = b.Score.CompareTo(a.Score);
            if (byScore != 0) return byScore;
            var byLength = (b.Span.Last - b.Span.First).CompareTo(a.Span.Last - a.Span.First);
            return byLength != 0 ? byLength : a.Span.First.CompareTo(b.Span.First);
        });
        // For each word, the kept span covering it (as first, last) and how many entities it names.
        var owner = new Dictionary<int, (int First, int Last)>();
        var perSpan = new Dictionary<(int, int), List<int>>();
        var kept = new List<MentionVerdict>();
        foreach (var verdict in verdicts)
        {
            var span = (verdict.Span.First, verdict.Span.Last);
            if (perSpan.TryGetValue(span, out var entities))
            {
                if (entities.Count >= maxEntitiesPerSpan || entities.Contains(verdict.Span.Entity)) continue;
                entities.Add(verdict.Span.Entity);
                kept.Add(verdict);
                continue;
            }
            var free = true;
            for (var i = verdict.Span.First; i <= verdict.Span.Last && free; i++) free = !owner.ContainsKey(i);
            if (!free) continue;
            for (var i = verdict.Span.First; i <= verdict.Span.Last; i++) owner[i] = span;
            perSpan[span] = [verdict.Span.Entity];
            kept.Add(verdict);
        }
        return kept;
    }
}
