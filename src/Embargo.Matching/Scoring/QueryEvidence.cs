using Embargo.Core.Model;

namespace Embargo.Matching.Scoring;

/// <summary>
/// What the name-free features read of a query, found once per query rather than once per candidate: its country as the
/// features compare it, packed as <see cref="EvidenceFacts"/> pack the listed ones, and its gender as <see cref="GenderKey"/>.
/// </summary>
internal readonly record struct QueryEvidence(PartialDate? BirthDate, EntityKind? Kind, string? Country, ulong CountryKey, string? Gender)
{
    public static QueryEvidence Of(MatchQuery query)
    {
        var country = Evidence.ComparedCountry(query);
        return new(query.BirthDate, query.Kind, country, Scoring.CountryKey.Of(country), GenderKey(query.Gender));
    }

    /// <summary>
    /// A gender as compared: in capitals (the comparison ignores case), the two the lists use as shared strings, so that
    /// comparing them is mostly comparing references.
    /// </summary>
    public static string? GenderKey(string? gender) =>
        gender is null ? null
        : gender.Equals(Male, StringComparison.OrdinalIgnoreCase) ? Male
        : gender.Equals(Female, StringComparison.OrdinalIgnoreCase) ? Female
        : gender.ToUpperInvariant();

    private const string Male = "MALE";
    private const string Female = "FEMALE";
}
