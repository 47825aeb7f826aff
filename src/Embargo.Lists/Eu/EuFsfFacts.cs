using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Embargo.Core.Countries;
using Embargo.Core.Model;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Eu;

/// <summary>
/// Reads the detail elements of an EU FSF entity: <c>birthdate</c>, <c>address</c>, <c>identification</c>,
/// <c>citizenship</c>, and the attribute helpers the entity reader shares.
/// </summary>
internal sealed class EuFsfFacts(string file, ParseContext context)
{
    private static readonly HashSet<string> BirthAttributes =
    [
        "circa", "calendarType", "city", "zipCode", "birthdate", "dayOfMonth", "monthOfYear", "year", "region", "place",
        "countryIso2Code", "countryDescription", "regulationLanguage", "logicalId",
    ];
    private static readonly HashSet<string> AddressAttributes =
    [
        "city", "street", "poBox", "zipCode", "region", "place", "asAtListingTime", "countryIso2Code", "countryDescription",
        "regulationLanguage", "logicalId",
    ];
    private static readonly HashSet<string> DocumentAttributes =
    [
        "diplomatic", "knownExpired", "knownFalse", "reportedLost", "revokedByIssuer", "issuedBy", "issueDate", "latinNumber",
        "nameOnDocument", "number", "region", "countryIso2Code", "countryDescription", "identificationTypeCode",
        "identificationTypeDescription", "regulationLanguage", "logicalId",
    ];

    // The document flags the EU states as true/false attributes, with the words used in the note.
    private static readonly (string Attribute, string Words)[] DocumentFlags =
    [
        ("diplomatic", "diplomatic"), ("knownExpired", "known expired"), ("knownFalse", "known false"),
        ("reportedLost", "reported lost"), ("revokedByIssuer", "revoked by issuer"),
    ];

    public (DateOfBirth? Date, Place? Place) ReadBirth(XElement birth, List<EntryAttribute> attributes)
    {
        AddUnmapped(birth, BirthAttributes, attributes);
        AddRemarks(birth, "birthdate", attributes);
        if (Attr(birth, "calendarType") is { } calendar && !calendar.Equals("GREGORIAN", StringComparison.OrdinalIgnoreCase))
            attributes.Add(new EntryAttribute("birthdate.calendarType", calendar));
        return (ReadBirthDate(birth), ReadBirthPlace(birth));
    }

    public Address? ReadAddress(XElement address, List<EntryAttribute> attributes)
    {
        AddUnmapped(address, AddressAttributes, attributes);
        var notes = new List<string?>();
        if (IsTrue(address, "asAtListingTime")) notes.Add("as at listing time");
        foreach (var child in address.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "remark": notes.Add(Clean(child.Value)); break;
                // PHONE, EMAIL, WEB, FAX: contact details the EU files under the address.
                case "contactInfo":
                    if (Attr(child, "key") is { } key && Attr(child, "value") is { } value) attributes.Add(new EntryAttribute(key, value));
                    break;
                case "regulationSummary": break;
                default: AddChild(child, "address", attributes); break;
            }
        }
        var poBox = Attr(address, "poBox");
        var street = Join(", ", Attr(address, "street"), Attr(address, "place"), poBox is null ? null : "PO Box " + poBox);
        var (country, code) = Country(address) is { } countryRef ? (countryRef.Name, countryRef.Code) : (null, null);
        var city = Attr(address, "city");
        var region = Attr(address, "region");
        var postal = Attr(address, "zipCode");
        if (street is null && city is null && region is null && postal is null && country is null) return null;
        return new Address
        {
            Street = street,
            City = city,
            Region = region,
            PostalCode = postal,
            Country = country,
            CountryCode = code,
            Note = Join("; ", [.. notes]),
        };
    }

    public IdentityDocument? ReadDocument(XElement document, List<EntryAttribute> attributes)
    {
        AddUnmapped(document, DocumentAttributes, attributes);
        var type = Attr(document, "identificationTypeDescription") ?? Attr(document, "identificationTypeCode") ?? "identification";
        var number = Attr(document, "number");
        var latin = Attr(document, "latinNumber");
        var notes = new List<string?>();
        notes.AddRange(DocumentFlags.Where(f => IsTrue(document, f.Attribute)).Select(f => f.Words));
        if (Attr(document, "issuedBy") is { } issuer) notes.Add("issued by " + issuer);
        if (Attr(document, "nameOnDocument") is { } onDocument) notes.Add("name on document: " + onDocument);
        if (latin is not null && number is not null && latin != number) notes.Add("latin number: " + latin);
        if (Attr(document, "region") is { } region) notes.Add("region: " + region);
        notes.AddRange(document.Elements().Where(e => e.Name.LocalName == "remark").Select(e => Clean(e.Value)));
        number ??= latin;
        if (number is null)
        {
            // A document with no number is still a published fact.
            attributes.Add(new EntryAttribute(type, Join("; ", [.. notes]) ?? "no number given"));
            return null;
        }
        var country = Country(document);
        return new IdentityDocument
        {
            Type = type,
            Number = number,
            Country = country?.Name,
            CountryCode = country?.Code,
            IssueDate = Attr(document, "issueDate"),
            Note = Join("; ", [.. notes]),
        };
    }

    /// <summary>An ISO date attribute (<c>designationDate</c>), reporting one that cannot be read.</summary>
    public PartialDate? ReadDate(XElement element, string attribute, long? line)
    {
        if (Attr(element, attribute) is not { } text) return null;
        if (PartialDate.TryParseIso(text, out var date)) return date;
        context.Report(file, line, element.Name.LocalName, $"unreadable {attribute} '{text}'");
        return null;
    }

    private DateOfBirth? ReadBirthDate(XElement birth)
    {
        var circa = IsTrue(birth, "circa");
        if (Attr(birth, "birthdate") is { } full)
        {
            if (PartialDate.TryParseIso(full, out var exact)) return new DateOfBirth { Text = full, Date = exact, Circa = circa };
            Unreadable(birth, full);
            return new DateOfBirth { Text = full, Circa = circa };
        }
        var year = Attr(birth, "year");
        var month = Attr(birth, "monthOfYear");
        var day = Attr(birth, "dayOfMonth");
        if (year is null && month is null && day is null) return null;
        var text = Join("-", year, month, day)!;
        if (TryPartial(year, month, day, out var partial))
            return new DateOfBirth { Text = partial.ToString(), Date = partial, Circa = circa };
        Unreadable(birth, text);
        return new DateOfBirth { Text = text, Circa = circa };
    }

    private static Place? ReadBirthPlace(XElement birth)
    {
        var city = Attr(birth, "city");
        var place = Attr(birth, "place");
        var region = Attr(birth, "region");
        var zip = Attr(birth, "zipCode");
        var country = Country(birth);
        var text = Join(", ", place, city, zip, region, country?.Name);
        if (text is null) return null;
        return new Place { Text = text, City = Join(", ", place, city), Region = region, Country = country?.Name, CountryCode = country?.Code };
    }

    // The EU gives year, month and day as separate numbers; the date must exist.
    private static bool TryPartial(string? year, string? month, string? day, out PartialDate date)
    {
        date = default;
        return TryNumber(year, out var y) && y is not null && TryNumber(month, out var m) && TryNumber(day, out var d)
            && DateText.TryCreate(y.Value, m, d, out date);
    }

    // Absent stays null; present must be a number.
    private static bool TryNumber(string? text, out int? value)
    {
        value = null;
        if (text is null) return true;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return false;
        value = n;
        return true;
    }

    private void Unreadable(XElement birth, string text) =>
        context.Report(file, LineOf(birth), "birthdate", $"unreadable date of birth '{text}', kept as text");

    /// <summary>The country an element names, or null when it is absent or <c>UNKNOWN</c> / <c>00</c>.</summary>
    public static CountryRef? Country(XElement element)
    {
        var description = Attr(element, "countryDescription");
        if (string.Equals(description, "UNKNOWN", StringComparison.OrdinalIgnoreCase)) description = null;
        var iso = Attr(element, "countryIso2Code");
        var code = iso is { Length: 2 } && iso != "00" ? iso.ToUpperInvariant() : null;
        code ??= CountryCodes.Resolve(description);
        var name = description ?? code;
        return name is null ? null : new CountryRef(name, code);
    }

    /// <summary>Keeps every non-empty attribute not in <paramref name="known"/> as <c>{element}.{attribute}</c>.</summary>
    public static void AddUnmapped(XElement element, HashSet<string> known, List<EntryAttribute> attributes)
    {
        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration || known.Contains(attribute.Name.LocalName)) continue;
            if (Clean(attribute.Value) is { } value)
                attributes.Add(new EntryAttribute($"{element.Name.LocalName}.{attribute.Name.LocalName}", value));
        }
    }

    /// <summary>Keeps the <c>remark</c> children of a fact that has no note of its own.</summary>
    public static void AddRemarks(XElement element, string label, List<EntryAttribute> attributes)
    {
        foreach (var remark in element.Elements().Where(e => e.Name.LocalName == "remark"))
        {
            if (Clean(remark.Value) is { } text) attributes.Add(new EntryAttribute(label + ".remark", text));
        }
    }

    public static string? Attr(XElement element, string name) => Clean(element.Attribute(name)?.Value);

    /// <summary>Trimmed text, or null when empty or the EU's placeholder <c>-</c>.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        return trimmed == "-" ? null : trimmed;
    }

    /// <summary>The non-null parts joined, or null when there are none.</summary>
    public static string? Join(string separator, params string?[] parts)
    {
        var present = parts.Where(p => p is not null);
        var joined = string.Join(separator, present);
        return joined.Length == 0 ? null : joined;
    }

    private static void AddChild(XElement child, string parent, List<EntryAttribute> attributes)
    {
        if (Clean(child.Value) is { } text) attributes.Add(new EntryAttribute($"{parent}.{child.Name.LocalName}", text));
    }

    private static bool IsTrue(XElement element, string attribute) =>
        string.Equals(Attr(element, attribute), "true", StringComparison.OrdinalIgnoreCase);

    private static long? LineOf(XElement element) =>
        element is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;
}
