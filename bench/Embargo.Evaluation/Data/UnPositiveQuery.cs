using Embargo.Matching;

namespace Embargo.Evaluation.Data;

/// <summary>A UN-listed person as the positives files give them, with the entity ids that count as finding them.</summary>
internal sealed record UnPositiveQuery(
    string QueryId, long Line, string FullName, string DateText, string Nationality, IReadOnlySet<string> GoldIds, MatchQuery Query)
{
    /// <summary>True when the file's date was given but could not be read (the query went without it).</summary>
    public bool DateUnreadable => Query.BirthDate is null && !string.IsNullOrWhiteSpace(DateText);
}
