using Embargo.Matching;

namespace Embargo.Evaluation.Data;

/// <summary>A person from the negatives or Congress files, as the query screened for it.</summary>
internal sealed record PersonQuery(long Line, string FullName, string? Gender, string? Nationality, MatchQuery Query);
