using Embargo.Matching.Explain;

namespace Embargo.Matching.Scan;

/// <summary>
/// Scores written words against a listed entity with the screening engine itself (same score, same explanation
/// as <c>embargo screen</c>), remembering each answer for the scan: an article names Putin eight times.
/// </summary>
internal sealed class SpanScorer(ScreeningIndex index)
{
    private readonly Dictionary<(string, int), (double Score, MatchExplanation Explanation)> _scores = [];

    public (double Score, MatchExplanation Explanation) Score(string written, int entity)
    {
        if (_scores.TryGetValue((written, entity), out var known)) return known;
        var scored = index.ScoreAgainst(new MatchQuery { Name = written }, entity);
        _scores[(written, entity)] = scored;
        return scored;
    }
}
