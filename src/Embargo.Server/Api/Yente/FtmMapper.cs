using System.Globalization;
using Embargo.Core.Model;
using Embargo.Core.Snapshots;

namespace Embargo.Server.Api.Yente;

/// <summary>
/// Our entity model in FollowTheMoney terms: schema from the kind, properties as lists of strings with ISO
/// country codes (lowercase, as FtM writes them) and ISO date prefixes.
/// </summary>
internal static class FtmMapper
{
    public static string SchemaOf(EntityKind kind) => kind switch
    {
        EntityKind.Person => "Person",
        EntityKind.Organization => "Organization",
        EntityKind.Vessel => "Vessel",
        EntityKind.Aircraft => "Airplane",
        _ => "LegalEntity",
    };

    public static FtmEntity Map(ListEntry entry, ListSnapshot? snapshot)
    {
        var p = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        Add(p, "name", entry.Name.Full);
        foreach (var alias in entry.Aliases)
        {
            var property = alias.Type switch
            {
                NameType.FormerName => "previousName",
                _ when alias.Strength == NameStrength.Weak => "weakAlias",
                _ => "alias",
            };
            Add(p, property, alias.Full);
        }
        Add(p, "topics", "sanction");
        foreach (var program in entry.Programs) Add(p, "program", program);
        foreach (var position in entry.Positions) Add(p, "position", position);
        if (entry.Remarks is { } remarks) Add(p, "notes", remarks);
        foreach (var address in entry.Addresses) Add(p, "address", FormatAddress(address));
        foreach (var address in entry.Addresses) AddCountry(p, "country", address.CountryCode);
        AddIdentifiers(p, entry);
        switch (entry.Kind)
        {
            case EntityKind.Person:
                foreach (var dob in entry.BirthDates) Add(p, "birthDate", dob.Date?.ToString() ?? dob.Text);
                foreach (var place in entry.BirthPlaces) Add(p, "birthPlace", place.Text);
                foreach (var nationality in entry.Nationalities) AddCountry(p, "nationality", nationality.Code);
                foreach (var citizenship in entry.Citizenships) AddCountry(p, "citizenship", citizenship.Code);
                if (entry.Gender is { } gender) Add(p, "gender", gender);
                break;
            case EntityKind.Vessel when entry.Vessel is { } v:
                Add(p, "imoNumber", v.Imo);
                Add(p, "mmsi", v.Mmsi);
                Add(p, "callSign", v.CallSign);
                Add(p, "type", v.VesselType);
                Add(p, "tonnage", v.Tonnage);
                Add(p, "grossRegisteredTonnage", v.GrossRegisteredTonnage);
                AddCountry(p, "flag", v.FlagCode);
                Add(p, "buildDate", v.BuildYear);
                break;
            case EntityKind.Aircraft when entry.Aircraft is { } a:
                Add(p, "registrationNumber", a.TailNumber);
                Add(p, "model", a.Model);
                Add(p, "serialNumber", a.SerialNumber);
                Add(p, "buildDate", a.ManufactureDate);
                break;
            default:
                foreach (var dob in entry.BirthDates) Add(p, "incorporationDate", dob.Date?.ToString() ?? dob.Text);
                foreach (var nationality in entry.Nationalities) AddCountry(p, "jurisdiction", nationality.Code);
                break;
        }
        var published = snapshot?.PublishedAt ?? snapshot?.ImportedAt;
        return new FtmEntity
        {
            Id = entry.Id,
            Caption = entry.Name.Full,
            Schema = SchemaOf(entry.Kind),
            Properties = p,
            Datasets = [YenteDatasets.NameOf(entry.Source)],
            Referents = [],
            FirstSeen = entry.ListedOn?.ToString(),
            LastSeen = published?.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
            LastChange = entry.UpdatedOn.Count > 0 ? entry.UpdatedOn[^1].ToString() : entry.ListedOn?.ToString(),
        };
    }

    private static void AddIdentifiers(Dictionary<string, List<string>> p, ListEntry entry)
    {
        foreach (var document in entry.Identifiers)
        {
            var type = document.Type.ToLowerInvariant();
            var property = type switch
            {
                _ when type.Contains("passport", StringComparison.Ordinal) => "passportNumber",
                _ when type.Contains("imo", StringComparison.Ordinal) => "imoNumber",
                _ when type.Contains("swift", StringComparison.Ordinal) || type.Contains("bic", StringComparison.Ordinal) => "swiftBic",
                _ when type.Contains("tax", StringComparison.Ordinal) || type.Contains("inn", StringComparison.Ordinal) => "taxNumber",
                _ when type.Contains("registration", StringComparison.Ordinal) => "registrationNumber",
                _ => "idNumber",
            };
            Add(p, property, document.Number);
        }
    }

    private static string FormatAddress(Address a) =>
        string.Join(", ", new[] { a.Street, a.City, a.Region, a.PostalCode, a.Country }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private static void AddCountry(Dictionary<string, List<string>> p, string property, string? code)
    {
        if (!string.IsNullOrEmpty(code)) Add(p, property, code.ToLowerInvariant());
    }

    private static void Add(Dictionary<string, List<string>> p, string property, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        if (!p.TryGetValue(property, out var values)) p[property] = values = [];
        if (!values.Contains(value, StringComparer.Ordinal)) values.Add(value);
    }
}
