namespace Embargo.Matching.Scoring;

/// <summary>The result of aligning two names: the score, and whether the paired tokens appear in a broken order.</summary>
internal readonly record struct NameScore(double Score, bool OrderBroken);
