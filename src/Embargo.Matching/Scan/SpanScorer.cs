using System.Collections.Concurrent;
using Embargo.Matching.Explain;

namespace Embargo.Matching.Scan;

/// <summary>
/// Scores written words against a listed entity with the screening engine itself (same score, same explanation
/// as <c>embargo screen</c>), remembering each answer across scans: an article names Putin eight times, and a
/// day's news names him in a hundred articles. One per scanner, safe for concurrent scans; it forgets everything
/// when full rather than grow without bound.
/// </summary>
internal sealed class SpanScorer(ScreeningIndex index)
{
    private const int MaxEntries = 200_000;

    private ConcurrentDictionary<(string, int), (double Score, MatchExplanation Explanation)> _scores = new();
    // Counted here: ConcurrentDictionary.Count takes every lock.
    private int _count;

    public (double Score, MatchExplanation Explanation) Score(string written, int entity)
    {
        var scores = _scores;
        if (scores.TryGetValue((written, entity), out var known)) return known;
        var scored = index.ScoreAgainst(new MatchQuery { Name = written }, entity);
        if (Interlocked.Increment(ref _count) > MaxEntries)
        {
            _scores = new ConcurrentDictionary<(string, int), (double Score, MatchExplanation Explanation)>();
            Volatile.Write(ref _count, 0);
        }
        else
        {
            scores.TryAdd((written, entity), scored);
        }
        return scored;
    }
}
