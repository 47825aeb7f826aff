using System.Xml.Linq;
using Embargo.Core.Countries;
using Embargo.Core.Model;

namespace Embargo.Lists.Un;

/// <summary>
/// The repeated parts of a UN record: aliases, addresses, places of birth, documents. Each reader returns null for
/// the empty placeholders the UN writes (<c>&lt;INDIVIDUAL_DOCUMENT/&gt;</c>, <c>&lt;COUNTRY/&gt;</c>).
/// </summary>
internal static class UnRecordParts
{
    public static readonly HashSet<string> AliasFields = new(StringComparer.Ordinal)
        { "QUALITY", "ALIAS_NAME", "DATE_OF_BIRTH", "CITY_OF_BIRTH", "COUNTRY_OF_BIRTH", "NOTE" };

    public static readonly HashSet<string> AddressFields = new(StringComparer.Ordinal)
        { "STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY", "NOTE" };

    public static readonly HashSet<string> PlaceFields = new(StringComparer.Ordinal)
        { "STREET", "CITY", "STATE_PROVINCE", "COUNTRY", "NOTE" };

    public static readonly HashSet<string> DocumentFields = new(StringComparer.Ordinal)
    {
        "TYPE_OF_DOCUMENT", "TYPE_OF_DOCUMENT2", "NUMBER", "ISSUING_COUNTRY", "DATE_OF_ISSUE", "CITY_OF_ISSUE",
        "COUNTRY_OF_ISSUE", "NOTE",
    };

    public static readonly HashSet<string> BirthDateFields = new(StringComparer.Ordinal)
        { "TYPE_OF_DATE", "DATE", "YEAR", "FROM_YEAR", "TO_YEAR", "NOTE" };

    /// <summary>
    /// An alias: quality <c>Good</c>/<c>a.k.a.</c> is a strong alias, <c>Low</c> a weak one, <c>f.k.a.</c> a former
    /// name. A birth date or place given with the alias goes into its note.
    /// </summary>
    public static EntryName? Alias(XElement alias)
    {
        var name = alias.Field("ALIAS_NAME");
        if (name is null) return null;
        var quality = alias.Field("QUALITY");
        var (type, strength) = quality?.TrimEnd('.').ToLowerInvariant() switch
        {
            "low" => (NameType.Alias, NameStrength.Weak),
            "f.k.a" or "fka" => (NameType.FormerName, NameStrength.Strong),
            "n.k.a" or "nka" => (NameType.NewName, NameStrength.Strong),
            _ => (NameType.Alias, NameStrength.Strong),
        };
        List<string> notes = [];
        if (alias.Field("DATE_OF_BIRTH") is { } born) notes.Add("date of birth " + born);
        if (Join(alias.Field("CITY_OF_BIRTH"), alias.Field("COUNTRY_OF_BIRTH")) is { } place) notes.Add("place of birth " + place);
        if (alias.Field("NOTE") is { } note) notes.Add(note);
        return new EntryName
        {
            Full = name,
            Type = type,
            Strength = strength,
            Quality = quality,
            Note = notes.Count == 0 ? null : string.Join("; ", notes),
        };
    }

    /// <summary>The place of birth an alias carries (used with that identity), or null.</summary>
    public static Place? AliasBirthPlace(XElement alias)
    {
        var city = alias.Field("CITY_OF_BIRTH");
        var country = alias.Field("COUNTRY_OF_BIRTH");
        var text = Join(city, country);
        return text is null ? null : new Place { Text = text, City = city, Country = country, CountryCode = CountryCodes.Resolve(country) };
    }

    public static Address? Address(XElement address)
    {
        var country = address.Field("COUNTRY");
        var result = new Address
        {
            Street = address.Field("STREET"),
            City = address.Field("CITY"),
            Region = address.Field("STATE_PROVINCE"),
            PostalCode = address.Field("ZIP_CODE"),
            Country = country,
            CountryCode = CountryCodes.Resolve(country),
            Note = address.Field("NOTE"),
        };
        return result is { Street: null, City: null, Region: null, PostalCode: null, Country: null, Note: null } ? null : result;
    }

    public static Place? BirthPlace(XElement place)
    {
        var street = place.Field("STREET");
        var city = place.Field("CITY");
        var region = place.Field("STATE_PROVINCE");
        var country = place.Field("COUNTRY");
        var note = place.Field("NOTE");
        var text = string.Join(", ", new[] { street, city, region, country }.OfType<string>());
        if (note is not null) text = text.Length == 0 ? note : $"{text} ({note})";
        if (text.Length == 0) return null;
        return new Place { Text = text, City = city, Region = region, Country = country, CountryCode = CountryCodes.Resolve(country) };
    }

    /// <summary>
    /// A document. <c>TYPE_OF_DOCUMENT</c> (Passport, National Identification Number) is the type; the finer
    /// <c>TYPE_OF_DOCUMENT2</c>, the place of issue and the note go into the note. Null when it has no number:
    /// see <see cref="DocumentWithoutNumber"/>.
    /// </summary>
    public static IdentityDocument? Document(XElement document)
    {
        var number = document.Field("NUMBER");
        if (number is null) return null;
        var (country, note) = CountryAndNote(document);
        return new IdentityDocument
        {
            Type = DocumentType(document),
            Number = number,
            Country = country,
            CountryCode = CountryCodes.Resolve(country),
            IssueDate = document.Field("DATE_OF_ISSUE"),
            Note = note,
        };
    }

    /// <summary>
    /// A document the UN describes only in words (<c>Passport</c> with note <c>Libyan passport number 347834 …</c>):
    /// kept as an attribute under its type, since there is no number to match on.
    /// </summary>
    public static EntryAttribute? DocumentWithoutNumber(XElement document)
    {
        if (document.IsBlank()) return null;
        var (country, note) = CountryAndNote(document);
        var parts = new[] { note, country is null ? null : "country " + country, Prefixed("issued ", document.Field("DATE_OF_ISSUE")) };
        var value = string.Join("; ", parts.OfType<string>());
        return value.Length == 0 ? null : new EntryAttribute(DocumentType(document), value);
    }

    private static string DocumentType(XElement document) =>
        document.Field("TYPE_OF_DOCUMENT") ?? document.Field("TYPE_OF_DOCUMENT2") ?? "Document";

    private static (string? Country, string? Note) CountryAndNote(XElement document)
    {
        var issuing = document.Field("ISSUING_COUNTRY");
        var countryOfIssue = document.Field("COUNTRY_OF_ISSUE");
        var country = issuing ?? countryOfIssue;
        // TYPE_OF_DOCUMENT2 refines the type ("Service passport"); it is the type itself when TYPE_OF_DOCUMENT is
        // missing, and says nothing new when it repeats it.
        var type = document.Field("TYPE_OF_DOCUMENT");
        var type2 = document.Field("TYPE_OF_DOCUMENT2");
        if (type is null || string.Equals(type, type2, StringComparison.OrdinalIgnoreCase)) type2 = null;
        var issuedIn = Join(document.Field("CITY_OF_ISSUE"),
            countryOfIssue is not null && !string.Equals(countryOfIssue, country, StringComparison.OrdinalIgnoreCase) ? countryOfIssue : null);
        string?[] parts = [type2, Prefixed("issued in ", issuedIn), document.Field("NOTE")];
        var note = string.Join("; ", parts.OfType<string>());
        return (country, note.Length == 0 ? null : note);
    }

    private static string? Prefixed(string prefix, string? value) => value is null ? null : prefix + value;

    private static string? Join(string? first, string? second) => (first, second) switch
    {
        (null, null) => null,
        (not null, null) => first,
        (null, not null) => second,
        _ => $"{first}, {second}",
    };
}
