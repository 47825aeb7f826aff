namespace Embargo.Matching.Explain;

/// <summary>
/// One row of the alignment: a query token, the listed token it was paired with (null when unpaired), their
/// similarity, how they were matched (<c>exact</c>, <c>phonetic</c>, <c>fuzzy</c>, <c>initial</c>, <c>compound</c>,
/// <c>acronym</c>, <c>number</c>, <c>legal_form</c>, <c>skeleton</c>, <c>given_name_variant</c>, <c>unmatched</c>) and
/// the weight the pair carried.
/// </summary>
public sealed record TokenPair(string? Query, string? Listed, double Similarity, string How, double Weight);
