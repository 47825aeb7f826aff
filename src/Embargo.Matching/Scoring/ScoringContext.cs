using Embargo.Core.Model;

namespace Embargo.Matching.Scoring;

/// <summary>What a feature sees: the query, the listed entity, the best-matching name and its name score.</summary>
internal readonly record struct ScoringContext(MatchQuery Query, ListEntry Entry, EntryName MatchedName, double NameScore, bool NameOrderBroken);
