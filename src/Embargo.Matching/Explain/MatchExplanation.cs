namespace Embargo.Matching.Explain;

/// <summary>
/// Why a score is what it is: the token alignment of the query with the matched name, and every feature's
/// contribution. <see cref="Score"/> = clamp(sum of contributions, 0, 1).
/// </summary>
public sealed record MatchExplanation(
    string QueryName,
    string MatchedName,
    IReadOnlyList<TokenPair> Alignment,
    IReadOnlyList<FeatureContribution> Features,
    double Score);
