namespace Embargo.Matching.Explain;

/// <summary>
/// A named feature's part in a score: its stable id (<c>name_similarity</c>, <c>dob_year_mismatch</c>…), the weight
/// it is declared with, the value it computed, value × weight as added to the score, and a sentence for people.
/// </summary>
public sealed record FeatureContribution(string Id, double Weight, double Value, double Contribution, string Detail);
