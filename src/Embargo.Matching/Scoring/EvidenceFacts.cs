using Embargo.Core.Model;

namespace Embargo.Matching.Scoring;

/// <summary>
/// What the name-free features read of a listed entity, gathered once per index into one array: every candidate of
/// every query reads them, and kept beside each other they cost no trip to the entity's record, nor, for the country
/// codes, packed into a number, to its strings (reading those was a tenth of a batch's time).
/// </summary>
/// <param name="Countries">Every country code the listing names, in order, once each.</param>
/// <param name="Gender">As <see cref="QueryEvidence.GenderKey"/> gives it.</param>
/// <param name="CountryKeys">The same codes packed (<see cref="CountryKey.Pack(string[])"/>).</param>
internal readonly record struct EvidenceFacts(EntityKind Kind, string? Gender, BirthYears BirthYears, string[] Countries, ulong CountryKeys)
{
    public static EvidenceFacts Of(ListEntry entry)
    {
        string[] countries = [.. Evidence.CountriesOf(entry).Order(StringComparer.Ordinal)];
        return new(entry.Kind, QueryEvidence.GenderKey(entry.Gender), BirthYears.Of(entry), countries, CountryKey.Pack(countries));
    }
}
