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

    public static FeatureValue CountryMatch(in ScoringContext c)
    {
        if (c.ListedCountries is not { } countries) return FeatureValue.None;
        var wanted = c.Query.Country!.ToUpperInvariant();
        return countries.Contains(wanted) ? new FeatureValue(1, $"linked to {wanted}, as the query") : FeatureValue.None;
    }

    public static FeatureValue CountryMismatch(in ScoringContext c)
    {
        if (c.ListedCountries is not { } countries) return FeatureValue.None;
        var wanted = c.Query.Country!.ToUpperInvariant();
        return countries.Count > 0 && !countries.Contains(wanted)
            ? new FeatureValue(1, $"listed countries {string.Join(", ", countries.Order(StringComparer.Ordinal))}, query {wanted}")
            : FeatureValue.None;
    }

    public static FeatureValue KindMismatch(in ScoringContext c)
    {
        if (c.Query.Kind is not { } kind || kind == EntityKind.Unknown || c.Entry.Kind == EntityKind.Unknown || kind == c.Entry.Kind) return FeatureValue.None;
        return new FeatureValue(1, $"query is a {Lower(kind)}, listed entity a {Lower(c.Entry.Kind)}");
    }

    public static FeatureValue GenderMismatch(in ScoringContext c) =>
        c.Query.Gender is { } g && c.Entry.Gender is { } listed && !string.Equals(g, listed, StringComparison.OrdinalIgnoreCase)
            ? new FeatureValue(1, $"query {g}, listed {listed}")
            : FeatureValue.None;

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
