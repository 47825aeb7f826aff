namespace Embargo.Matching.Explain;

/// <summary>
/// One row of the alignment: a query token, the listed token it was paired with (null when unpaired), their
/// similarity, how they were matched (<c>exact</c>, <c>phonetic</c>, <c>fuzzy</c>, <c>initial</c>, <c>compound</c>,
/// <c>unmatched</c>) and the weight the pair carried.
/// </summary>
public sealed record TokenPair(string? Query, string? Listed, double Similarity, string How, double Weight);
