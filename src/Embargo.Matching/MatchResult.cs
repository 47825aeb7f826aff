using Embargo.Core.Model;
using Embargo.Matching.Explain;

namespace Embargo.Matching;

/// <summary>One listed entity that resembles the query, with the name that matched and why.</summary>
public sealed record MatchResult(ListEntry Entry, EntryName MatchedName, double Score, bool IsMatch, MatchExplanation Explanation);
