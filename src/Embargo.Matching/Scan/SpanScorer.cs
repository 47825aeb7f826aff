using System.Collections.Concurrent;
using Embargo.Matching.Explain;

namespace Embargo.Matching.Scan;

/// <summary>
/// Scores written words against a listed entity with the screening engine itself (same score, same explanation
/// as <c>embargo screen</c>), remembering each answer across scans: an article names Putin eight times, and a
/// day's news names him in a hundred articles. The explanation is built only when asked for (for the spans that
/// reach the threshold), not for the many that fall short. One per scanner, safe for concurrent scans; it forgets
/// everything when full rather than grow without bound.
/// </summary>
internal sealed class SpanScorer(ScreeningIndex index)
{
    private const int MaxEntries = 200_000;

    private ConcurrentDictionary<(string, int), Scored> _scores = new();
    // Counted here: ConcurrentDictionary.Count takes every lock.
    private int _count;

    private sealed record Scored(double Score, MatchExplanation? Explanation);

    /// <summary>The score of the words against the entity.</summary>
    public double Score(string written, int entity)
    {
        if (_scores.TryGetValue((written, entity), out var known)) return known.Score;
        var score = index.ScoreOnly(new MatchQuery { Name = written }, entity);
        Remember(written, entity, new Scored(score, null));
        return score;
    }

    /// <summary>The score with its explanation.</summary>
    public (double Score, MatchExplanation Explanation) Explained(string written, int entity)
    {
        if (_scores.TryGetValue((written, entity), out var known) && known.Explanation is { } explanation) return (known.Score, explanation);
        var scored = index.ScoreAgainst(new MatchQuery { Name = written }, entity);
        Remember(written, entity, new Scored(scored.Score, scored.Explanation));
        return scored;
    }

    private void Remember(string written, int entity, Scored scored)
    {
        var scores = _scores;
        if (Interlocked.Increment(ref _count) > MaxEntries)
        {
            _scores = new ConcurrentDictionary<(string, int), Scored>();
            Volatile.Write(ref _count, 0);
            return;
        }
        scores[(written, entity)] = scored;
    }
}
