using Embargo.Matching.Explain;

namespace Embargo.Matching;

/// <summary>The score of one name against another, and why.</summary>
public sealed record PairComparison(double Score, bool IsMatch, MatchExplanation Explanation);
