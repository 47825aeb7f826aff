using System.Globalization;
using Embargo.Core.Model;

namespace Embargo.Matching.Scoring;

/// <summary>The secondary-evidence features: identifiers, dates of birth, countries, kind, gender, alias strength.</summary>
internal static class Evidence
{
    /// <summary>An identifier that matches exactly lifts the score to <see cref="Tuning.IdMatchScore"/>.</summary>
    public static FeatureValue IdMatch(in ScoringContext c)
    {
        if (string.IsNullOrWhiteSpace(c.Query.IdNumber)) return FeatureValue.None;
        var wanted = Identifiers.Normalize(c.Query.IdNumber);
        if (wanted.Length < 4) return FeatureValue.None;
        foreach (var (label, number) in Identifiers.Of(c.Entry))
        {
            if (!string.Equals(Identifiers.Normalize(number), wanted, StringComparison.Ordinal)) continue;
            var lift = Math.Max(0, Tuning.IdMatchScore - c.NameScore);
            return new FeatureValue(lift, $"{label} {number} matches the query's identifier");
        }
        return FeatureValue.None;
    }

    public static FeatureValue DobMatch(in ScoringContext c) =>
        c.BirthDate == DateAgreement.Same ? new FeatureValue(1, $"born {Dates.Listed(c.Entry)}, as the query") : FeatureValue.None;

    public static FeatureValue DobYearMismatch(in ScoringContext c) =>
        c.BirthDate == DateAgreement.DifferentYear ? new FeatureValue(1, $"listed birth date(s) {Dates.Listed(c.Entry)}, query {c.Query.BirthDate}") : FeatureValue.None;

    public static FeatureValue DobDayMismatch(in ScoringContext c) =>
        c.BirthDate == DateAgreement.DifferentDay ? new FeatureValue(1, $"same year, different day: listed {Dates.Listed(c.Entry)}, query {c.Query.BirthDate}") : FeatureValue.None;

    public static FeatureValue CountryMatch(in ScoringContext c) =>
        CountriesAgree(ComparedCountry(c.Query), c.ListedCountries) == true ? new FeatureValue(1, $"linked to {ComparedCountry(c.Query)}, as the query") : FeatureValue.None;

    public static FeatureValue CountryMismatch(in ScoringContext c) =>
        CountriesAgree(ComparedCountry(c.Query), c.ListedCountries) == false
            ? new FeatureValue(1, $"listed countries {string.Join(", ", c.ListedCountries!)}, query {ComparedCountry(c.Query)}")
            : FeatureValue.None;

    public static FeatureValue KindMismatch(in ScoringContext c) =>
        KindsDiffer(c.Query.Kind, c.Entry.Kind) ? new FeatureValue(1, $"query is a {Lower(c.Query.Kind!.Value)}, listed entity a {Lower(c.Entry.Kind)}") : FeatureValue.None;

    public static FeatureValue GenderMismatch(in ScoringContext c) =>
        GendersDiffer(QueryEvidence.GenderKey(c.Query.Gender), QueryEvidence.GenderKey(c.Entry.Gender)) ? new FeatureValue(1, $"query {c.Query.Gender}, listed {c.Entry.Gender}") : FeatureValue.None;

    /// <summary>
    /// What the features that do not read the name (date of birth, countries, kind, gender) add to any name score of
    /// this entity, as <see cref="Algorithm.Features"/> weigh them, without their explanations: an entity whose name
    /// cannot reach the cutoff with it is not aligned at all. The identifier is left out (its entities are always
    /// scored), and so is the weak alias, which only lowers a score.
    /// </summary>
    /// <param name="query">The query's evidence, found once per query.</param>
    /// <param name="facts">The entity's facts, gathered once per index; the entry itself is read only for a birth date in its span.</param>
    public static double NameFreeSum(in QueryEvidence query, ListEntry entry, in EvidenceFacts facts)
    {
        var birth = query.BirthDate is null || facts.BirthYears.IsEmpty ? DateAgreement.Unknown
            : facts.BirthYears.Excludes(query.BirthDate) ? DateAgreement.DifferentYear
            : Dates.Compare(query.BirthDate, entry);
        var sum = birth switch
        {
            DateAgreement.Same => Tuning.DobMatchBonus,
            DateAgreement.DifferentYear => Tuning.DobYearMismatchPenalty,
            DateAgreement.DifferentDay => Tuning.DobDayMismatchPenalty,
            _ => 0,
        };
        // The codes packed into numbers where they fit: reading each code's string was a tenth of a batch's time.
        var countries = query.Country is null || facts.Countries.Length == 0 ? (bool?)null
            : facts.CountryKeys == CountryKey.Unpacked || query.CountryKey == 0 ? CountriesAgree(query.Country, facts.Countries)
            : CountryKey.Holds(facts.CountryKeys, query.CountryKey);
        sum += countries switch
        {
            true => Tuning.CountryMatchBonus,
            false => Tuning.CountryMismatchPenalty,
            null => 0,
        };
        if (KindsDiffer(query.Kind, facts.Kind)) sum += Tuning.KindMismatchPenalty;
        if (GendersDiffer(query.Gender, facts.Gender)) sum += Tuning.GenderMismatchPenalty;
        return sum;
    }

    /// <summary>The query's country as the features compare it: a two-letter code in upper case, or null.</summary>
    public static string? ComparedCountry(MatchQuery query) =>
        query.Country is not { Length: 2 } country ? null
        : country.AsSpan().ContainsAnyExcept(UpperLetters) ? country.ToUpperInvariant() : country;

    private static readonly System.Buffers.SearchValues<char> UpperLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    // True: the listing names the query's country; false: it names others only; null: no country to compare.
    private static bool? CountriesAgree(string? country, string[]? listed)
    {
        if (country is null || listed is null || listed.Length == 0) return null;
        foreach (var code in listed)
        {
            if (string.Equals(code, country, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool KindsDiffer(EntityKind? query, EntityKind listed) =>
        query is { } kind && kind != EntityKind.Unknown && listed != EntityKind.Unknown && kind != listed;

    // Both genders as QueryEvidence.GenderKey gives them: mostly the same two strings, so a reference comparison.
    private static bool GendersDiffer(string? queryKey, string? listedKey) =>
        queryKey is not null && listedKey is not null && !string.Equals(queryKey, listedKey, StringComparison.Ordinal);

    public static FeatureValue WeakAlias(in ScoringContext c) =>
        c.MatchedName.Strength == NameStrength.Weak ? new FeatureValue(1, "the matching name is a weak alias") : FeatureValue.None;

    /// <summary>Every country code the listing ties the entity to: nationality, citizenship, addresses, birthplaces, flag.</summary>
    public static HashSet<string> CountriesOf(ListEntry e)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in e.Nationalities) if (n.Code is { } code) codes.Add(code);
        foreach (var n in e.Citizenships) if (n.Code is { } code) codes.Add(code);
        foreach (var a in e.Addresses) if (a.CountryCode is { } code) codes.Add(code);
        foreach (var p in e.BirthPlaces) if (p.CountryCode is { } code) codes.Add(code);
        if (e.Vessel?.FlagCode is { } flag) codes.Add(flag);
        return codes;
    }

    private static string Lower(EntityKind kind) => kind.ToString().ToLower(CultureInfo.InvariantCulture);
}
