using Embargo.Core.Model;

namespace Embargo.Matching.Scoring;

/// <summary>
/// What the name-free features read of a listed entity, gathered once per index into one array: every candidate of
/// every query reads them, and kept beside each other they cost no trip to the entity's own record.
/// </summary>
/// <param name="Countries">Every country code the listing names, in order, once each: a handful, read by a plain loop.</param>
internal readonly record struct EvidenceFacts(EntityKind Kind, string? Gender, BirthYears BirthYears, string[] Countries)
{
    public static EvidenceFacts Of(ListEntry entry) =>
        new(entry.Kind, entry.Gender, BirthYears.Of(entry), [.. Evidence.CountriesOf(entry).Order(StringComparer.Ordinal)]);
}
