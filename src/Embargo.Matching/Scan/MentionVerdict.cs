using Embargo.Matching.Explain;

namespace Embargo.Matching.Scan;

/// <summary>A candidate span judged: its score against the entity, the name that matched, how strong, and why.</summary>
internal sealed record MentionVerdict(
    SpanCandidate Span,
    int Name,
    double Score,
    MentionStrength Strength,
    IReadOnlyList<string> Reasons,
    MatchExplanation Explanation);
