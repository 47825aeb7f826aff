using System.Xml.Linq;
using Embargo.Core.Countries;
using Embargo.Core.Model;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Ofac;

/// <summary>Turns one <c>&lt;sdnEntry&gt;</c> into a <see cref="ListEntry"/>; problems in it go to the parse context.</summary>
internal sealed class OfacXmlEntryMapper(string source, string file, ParseContext context)
{
    private const string Element = "sdnEntry";

    // Children of sdnEntry this mapper reads; anything else is kept as an attribute under its element name.
    private static readonly HashSet<string> KnownChildren = new(StringComparer.Ordinal)
    {
        "uid", "firstName", "lastName", "title", "sdnType", "remarks", "programList", "idList", "akaList",
        "addressList", "nationalityList", "citizenshipList", "dateOfBirthList", "placeOfBirthList", "vesselInfo",
    };

    public ListEntry? Map(XElement entry, long? line)
    {
        var uid = entry.Text("uid");
        if (uid is null)
        {
            context.ReportMalformedRecord(file, line, Element, "entry without <uid> skipped");
            return null;
        }
        var lastName = entry.Text("lastName");
        var firstName = entry.Text("firstName");
        if (lastName is null && firstName is null)
        {
            context.ReportMalformedRecord(file, line, Element, $"entry {uid} has no name; skipped");
            return null;
        }

        var kind = KindOf(entry, uid, line);
        var ids = ReadIds(entry, uid, line);
        var remarks = entry.Text("remarks");
        var attributes = ids.Attributes;
        AddUnknownChildren(entry, attributes);

        return new ListEntry
        {
            Id = ListSources.EntityId(source, uid),
            Source = source,
            SourceId = uid,
            Kind = kind,
            Name = Name(firstName, lastName, kind, NameType.Primary),
            Aliases = Aliases(entry, kind),
            Programs = entry.Items("programList", "program").Select(p => p.TextOrNull()).OfType<string>().ToArray(),
            Gender = ids.Gender,
            Positions = Positions(entry.Text("title")),
            BirthDates = BirthDates(entry, uid, line),
            BirthPlaces = entry.Items("placeOfBirthList", "placeOfBirthItem")
                .Select(p => p.Text("placeOfBirth")).OfType<string>().Select(BirthPlace).ToArray(),
            Nationalities = Countries(entry, "nationalityList", "nationality"),
            Citizenships = Countries(entry, "citizenshipList", "citizenship"),
            Addresses = entry.Items("addressList", "address").Select(ToAddress).OfType<Address>().ToArray(),
            Identifiers = ids.Identifiers,
            Vessel = Vessel(entry, ids, kind),
            Aircraft = Aircraft(ids, kind),
            Relations = OfacXmlRemarks.LinkedTo(remarks),
            Measures = ids.Measures,
            Attributes = attributes,
            Remarks = remarks,
        };
    }

    private EntityKind KindOf(XElement entry, string uid, long? line)
    {
        var sdnType = entry.Text("sdnType");
        switch (sdnType?.ToLowerInvariant())
        {
            case "individual": return EntityKind.Person;
            case "entity": return EntityKind.Organization;
            case "vessel": return EntityKind.Vessel;
            case "aircraft": return EntityKind.Aircraft;
            default:
                context.Report(file, entry.ChildrenNamed("sdnType").FirstOrDefault()?.Line() ?? line, "sdnType", $"entry {uid}: sdnType '{sdnType ?? "(missing)"}' is not Individual, Entity, Vessel or Aircraft");
                return EntityKind.Unknown;
        }
    }

    /// <summary>
    /// The name as the OFAC CSV writes it, <c>LAST, First</c>, so that both formats give the same names. Parts
    /// only for people whose name OFAC splits into first and last: a lone lastName (<c>HAFIZ SAHIB</c>, a weak
    /// a.k.a.) is the whole name, not a surname.
    /// </summary>
    private static EntryName Name(string? firstName, string? lastName, EntityKind kind, NameType type,
        NameStrength strength = NameStrength.Strong, string? quality = null, string? sourceRef = null)
    {
        var full = (lastName, firstName) switch
        {
            (not null, not null) => $"{lastName}, {firstName}",
            (not null, null) => lastName,
            _ => firstName!,
        };
        List<NamePart> parts = [];
        if (kind == EntityKind.Person && firstName is not null && lastName is not null)
        {
            parts.Add(new NamePart(NamePartKinds.First, firstName));
            parts.Add(new NamePart(NamePartKinds.Last, lastName));
        }
        return new EntryName { Full = full, Type = type, Strength = strength, Quality = quality, Parts = parts, SourceRef = sourceRef };
    }

    private static EntryName[] Aliases(XElement entry, EntityKind kind)
    {
        List<EntryName> aliases = [];
        foreach (var aka in entry.Items("akaList", "aka"))
        {
            var last = aka.Text("lastName");
            var first = aka.Text("firstName");
            if (last is null && first is null) continue;
            var type = aka.Text("type");
            var category = aka.Text("category");
            var strength = string.Equals(category, "weak", StringComparison.OrdinalIgnoreCase) ? NameStrength.Weak : NameStrength.Strong;
            var name = Name(first, last, kind, AliasType(type), strength, category, aka.Text("uid"));
            // An alias label OFAC has not used before is kept rather than guessed at.
            if (type is not null && AliasType(type) == NameType.Alias && !IsAka(type)) name = name with { Note = type };
            aliases.Add(name);
        }
        return [.. aliases];
    }

    private static NameType AliasType(string? type) => type?.Trim().TrimEnd('.').ToLowerInvariant() switch
    {
        "f.k.a" or "fka" => NameType.FormerName,
        "n.k.a" or "nka" => NameType.NewName,
        _ => NameType.Alias,
    };

    private static bool IsAka(string type) => type.Trim().TrimEnd('.').ToLowerInvariant() is "a.k.a" or "aka";

    // OFAC joins several titles with "; " in one field.
    private static string[] Positions(string? title) =>
        title is null ? [] : title.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private DateOfBirth[] BirthDates(XElement entry, string uid, long? line)
    {
        List<DateOfBirth> dates = [];
        foreach (var item in entry.Items("dateOfBirthList", "dateOfBirthItem"))
        {
            var text = item.Text("dateOfBirth");
            if (text is null) continue;
            var date = DateText.ReadBirthDate(text, out var readable);
            if (!readable) context.Report(file, item.Line() ?? line, "dateOfBirth", $"entry {uid}: unreadable date of birth '{text}' kept as text");
            dates.Add(date);
        }
        return [.. dates];
    }

    /// <summary><c>Sargodha, Punjab, Pakistan</c>: the last part is the country when it is one.</summary>
    private static Place BirthPlace(string text)
    {
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var code = parts.Length > 0 ? CountryCodes.Resolve(parts[^1]) : null;
        if (code is null) return new Place { Text = text };
        return new Place
        {
            Text = text,
            City = parts.Length >= 2 ? parts[0] : null,
            Region = parts.Length == 3 ? parts[1] : null,
            Country = parts[^1],
            CountryCode = code,
        };
    }

    private static CountryRef[] Countries(XElement entry, string list, string item) =>
        entry.Items(list, item).Select(c => c.Text("country")).OfType<string>()
            .Select(name => new CountryRef(name, CountryCodes.Resolve(name))).ToArray();

    private static Address? ToAddress(XElement address)
    {
        string[] lines = [.. new[] { address.Text("address1"), address.Text("address2"), address.Text("address3") }.OfType<string>()];
        var country = address.Text("country");
        var region = address.Text("stateOrProvince");
        var extraRegion = address.Text("region");
        var result = new Address
        {
            Street = lines.Length == 0 ? null : string.Join(", ", lines),
            City = address.Text("city"),
            Region = region ?? extraRegion,
            PostalCode = address.Text("postalCode"),
            Country = country,
            CountryCode = CountryCodes.Resolve(country),
            Note = region is not null && extraRegion is not null ? extraRegion : null,
            SourceRef = address.Text("uid"),
        };
        return result.Street is null && result.City is null && result.Region is null && result.PostalCode is null && country is null
            ? null
            : result;
    }

    private OfacXmlIdList ReadIds(XElement entry, string uid, long? line)
    {
        var ids = new OfacXmlIdList();
        foreach (var id in entry.Items("idList", "id"))
        {
            if (!ids.Add(id) && id.Text("idType") is { } type)
                context.Report(file, id.Line() ?? line, "id", $"entry {uid}: id '{type}' has no number; skipped");
        }
        return ids;
    }

    private static VesselDetails? Vessel(XElement entry, OfacXmlIdList ids, EntityKind kind)
    {
        var info = entry.ChildrenNamed("vesselInfo").FirstOrDefault();
        if (info is null && !ids.HasVesselFacts && kind != EntityKind.Vessel) return null;
        var flag = info?.Text("vesselFlag");
        return new VesselDetails
        {
            Imo = ids.Imo,
            Mmsi = ids.Mmsi,
            CallSign = info?.Text("callSign"),
            VesselType = info?.Text("vesselType"),
            Tonnage = info?.Text("tonnage"),
            GrossRegisteredTonnage = info?.Text("grossRegisteredTonnage"),
            Flag = flag,
            FlagCode = CountryCodes.Resolve(flag),
            Owner = info?.Text("vesselOwner"),
            BuildYear = ids.BuildYear,
        };
    }

    private static AircraftDetails? Aircraft(OfacXmlIdList ids, EntityKind kind) =>
        !ids.HasAircraftFacts && kind != EntityKind.Aircraft
            ? null
            : new AircraftDetails
            {
                TailNumber = ids.TailNumber,
                Model = ids.AircraftModel,
                SerialNumber = ids.SerialNumber,
                ManufactureDate = ids.ManufactureDate,
                Operator = ids.Operator,
                ModeSTransponderCode = ids.ModeS,
            };

    // A field OFAC adds later must not vanish: keep it under its element name until the mapper learns it.
    private static void AddUnknownChildren(XElement entry, List<EntryAttribute> attributes)
    {
        foreach (var child in entry.Elements())
        {
            if (KnownChildren.Contains(child.Name.LocalName)) continue;
            if (!child.HasElements)
            {
                if (child.TextOrNull() is { } value) attributes.Add(new EntryAttribute(child.Name.LocalName, value));
                continue;
            }
            foreach (var leaf in child.Descendants().Where(d => !d.HasElements))
            {
                if (leaf.TextOrNull() is { } value)
                    attributes.Add(new EntryAttribute($"{child.Name.LocalName}.{leaf.Name.LocalName}", value));
            }
        }
    }
}
