using Embargo.Core.Model;

namespace Embargo.Matching.Scoring;

/// <summary>
/// What a feature sees: the query, the listed entity, the best-matching name and its name score, and the
/// comparisons several features share (date of birth, countries), made once per candidate.
/// </summary>
internal readonly record struct ScoringContext(
    MatchQuery Query, ListEntry Entry, EntryName MatchedName, double NameScore, bool NameOrderBroken, bool LineageSwapped, bool LegalFormsDiffer,
    bool NumbersDiffer,
    DateAgreement BirthDate, string[]? ListedCountries)
{
    /// <param name="countries">Every country the listing ties the entity to (<see cref="EvidenceFacts.Countries"/>), gathered once per index.</param>
    public static ScoringContext Create(MatchQuery query, ListEntry entry, string[] countries, EntryName matchedName, NameScore nameScore) =>
        new(query, entry, matchedName, nameScore.Score, nameScore.OrderBroken, nameScore.LineageSwapped, nameScore.LegalFormsDiffer, nameScore.NumbersDiffer,
            Dates.Compare(query.BirthDate, entry),
            query.Country is { Length: 2 } ? countries : null);
}
