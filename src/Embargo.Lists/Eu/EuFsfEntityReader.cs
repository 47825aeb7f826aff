using System.Xml.Linq;
using Embargo.Core.Model;
using Embargo.Core.Text;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Eu;

/// <summary>
/// Turns one <c>&lt;sanctionEntity&gt;</c> of the EU FSF XML 1.1 into a <see cref="ListEntry"/>. The EU puts
/// its facts in attributes; attributes this code does not map are kept as <c>{element}.{attribute}</c>
/// attributes so that a field the EU adds later is carried rather than dropped. The
/// <c>&lt;regulationSummary&gt;</c> under each fact (which act introduced it) is provenance, not a fact
/// about the party, and is not kept.
/// </summary>
internal sealed class EuFsfEntityReader
{
    private static readonly HashSet<string> EntityAttributes =
        ["designationDate", "designationDetails", "unitedNationId", "euReferenceNumber", "logicalId"];
    private static readonly HashSet<string> RegulationAttributes =
        ["regulationType", "organisationType", "publicationDate", "entryIntoForceDate", "numberTitle", "programme", "logicalId"];
    private static readonly HashSet<string> NameAttributes =
        ["firstName", "middleName", "lastName", "wholeName", "function", "gender", "title", "nameLanguage", "strong", "regulationLanguage", "logicalId"];
    private static readonly HashSet<string> CitizenshipAttributes =
        ["countryIso2Code", "countryDescription", "regulationLanguage", "logicalId"];

    private readonly EuFsfFacts _facts;
    private readonly string _file;
    private readonly ParseContext _context;

    public EuFsfEntityReader(string file, ParseContext context)
    {
        _file = file;
        _context = context;
        _facts = new EuFsfFacts(file, context);
    }

    /// <summary>The entry, or null (with an issue) when the entity has no id or no name.</summary>
    public ListEntry? Read(XElement entity, long? line)
    {
        var logicalId = EuFsfFacts.Attr(entity, "logicalId");
        if (logicalId is null)
        {
            _context.ReportMalformedRecord(_file, line, "sanctionEntity", "sanctionEntity without a logicalId; skipped");
            return null;
        }

        var names = new List<EntryName>();
        var programs = new List<string>();
        var positions = new List<string>();
        var birthDates = new List<DateOfBirth>();
        var birthPlaces = new List<Place>();
        var citizenships = new List<CountryRef>();
        var addresses = new List<Address>();
        var documents = new List<IdentityDocument>();
        var attributes = new List<EntryAttribute>();
        var remarks = new List<string>();
        string? kindCode = null, gender = null, imo = null;

        EuFsfFacts.AddUnmapped(entity, EntityAttributes, attributes);
        AddDistinct(attributes, Attribute("unitedNationId", EuFsfFacts.Attr(entity, "unitedNationId")));
        AddDistinct(attributes, Attribute("designationDetails", EuFsfFacts.Attr(entity, "designationDetails")));

        foreach (var child in entity.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "regulation":
                    AddDistinct(programs, EuFsfFacts.Attr(child, "programme"));
                    AddDistinct(attributes, Attribute("regulation", DescribeRegulation(child)));
                    EuFsfFacts.AddUnmapped(child, RegulationAttributes, attributes);
                    break;
                case "subjectType":
                    kindCode ??= EuFsfFacts.Attr(child, "code");
                    break;
                case "nameAlias":
                    if (ReadName(child) is { } name) names.Add(name);
                    AddDistinct(positions, EuFsfFacts.Attr(child, "function"));
                    AddDistinct(positions, EuFsfFacts.Attr(child, "title"));
                    gender ??= GenderOf(EuFsfFacts.Attr(child, "gender"));
                    EuFsfFacts.AddUnmapped(child, NameAttributes, attributes);
                    break;
                case "citizenship":
                    if (EuFsfFacts.Country(child) is { } citizenship) AddDistinct(citizenships, citizenship);
                    EuFsfFacts.AddUnmapped(child, CitizenshipAttributes, attributes);
                    EuFsfFacts.AddRemarks(child, "citizenship", attributes);
                    break;
                case "birthdate":
                    var (date, place) = _facts.ReadBirth(child, attributes);
                    AddDistinct(birthDates, date);
                    AddDistinct(birthPlaces, place);
                    break;
                case "address":
                    AddDistinct(addresses, _facts.ReadAddress(child, attributes));
                    break;
                case "identification":
                    if (_facts.ReadDocument(child, attributes) is { } document)
                    {
                        AddDistinct(documents, document);
                        if (string.Equals(EuFsfFacts.Attr(child, "identificationTypeCode"), "imo", StringComparison.OrdinalIgnoreCase))
                            imo ??= document.Number;
                    }
                    break;
                case "remark":
                    AddDistinct(remarks, EuFsfFacts.Clean(child.Value));
                    break;
                default:
                    AddDistinct(attributes, Attribute(child.Name.LocalName, EuFsfFacts.Clean(child.Value)));
                    break;
            }
        }

        if (names.Count == 0)
        {
            _context.ReportMalformedRecord(_file, line, "sanctionEntity", $"logicalId {logicalId} has no name; skipped");
            return null;
        }
        var primary = PrimaryIndex(names);
        var kind = KindOf(kindCode);
        if (kind == EntityKind.Unknown)
            _context.Report(_file, line, "subjectType", $"logicalId {logicalId}: unknown subject type '{kindCode}'");

        return new ListEntry
        {
            Id = ListSources.EntityId(ListSources.EuFinancialSanctions, logicalId),
            Source = ListSources.EuFinancialSanctions,
            SourceId = logicalId,
            ReferenceNumber = EuFsfFacts.Attr(entity, "euReferenceNumber"),
            Kind = kind,
            Name = names[primary] with { Type = NameType.Primary },
            Aliases = [.. names.Where((_, i) => i != primary)],
            Programs = programs,
            Gender = gender,
            Positions = positions,
            BirthDates = birthDates,
            BirthPlaces = birthPlaces,
            Citizenships = citizenships,
            Addresses = addresses,
            Identifiers = documents,
            Vessel = imo is null ? null : new VesselDetails { Imo = imo },
            ListedOn = _facts.ReadDate(entity, "designationDate", line),
            Attributes = attributes,
            Remarks = remarks.Count > 0 ? string.Join("\n", remarks) : null,
        };
    }

    private static EntryName? ReadName(XElement alias)
    {
        var first = EuFsfFacts.Attr(alias, "firstName");
        var middle = EuFsfFacts.Attr(alias, "middleName");
        var last = EuFsfFacts.Attr(alias, "lastName");
        var title = EuFsfFacts.Attr(alias, "title");
        var whole = EuFsfFacts.Attr(alias, "wholeName")
            ?? EuFsfFacts.Join(" ", first, middle, last);
        if (whole is null) return null;

        var parts = new List<NamePart>();
        if (title is not null) parts.Add(new NamePart(NamePartKinds.Title, title));
        if (first is not null) parts.Add(new NamePart(NamePartKinds.First, first));
        if (middle is not null) parts.Add(new NamePart(NamePartKinds.Middle, middle));
        if (last is not null) parts.Add(new NamePart(NamePartKinds.Last, last));

        var strong = !string.Equals(EuFsfFacts.Attr(alias, "strong"), "false", StringComparison.OrdinalIgnoreCase);
        // The EU gives each name's language but not its script; a name in Cyrillic or Arabic is the
        // original-script form of the party's Latin name.
        var script = ScriptDetector.DetectNonLatin(whole);
        var remarks = alias.Elements().Where(e => e.Name.LocalName == "remark").Select(e => EuFsfFacts.Clean(e.Value));
        return new EntryName
        {
            Full = whole,
            Type = script is null ? NameType.Alias : NameType.OriginalScript,
            Strength = strong ? NameStrength.Strong : NameStrength.Weak,
            Script = script,
            Language = EuFsfFacts.Attr(alias, "nameLanguage"),
            Parts = parts,
            Note = EuFsfFacts.Join("; ", [.. remarks]),
            SourceRef = EuFsfFacts.Attr(alias, "logicalId"),
        };
    }

    // The EU marks no primary name; its first strong Latin-script name is the one it lists the party under.
    private static int PrimaryIndex(List<EntryName> names)
    {
        var index = names.FindIndex(n => n.Strength == NameStrength.Strong && n.Script is null);
        if (index < 0) index = names.FindIndex(n => n.Script is null);
        return index < 0 ? 0 : index;
    }

    private static string? DescribeRegulation(XElement regulation)
    {
        var kind = EuFsfFacts.Join(", ", EuFsfFacts.Attr(regulation, "regulationType"), EuFsfFacts.Attr(regulation, "organisationType"));
        var published = EuFsfFacts.Attr(regulation, "publicationDate");
        var inForce = EuFsfFacts.Attr(regulation, "entryIntoForceDate");
        var urls = regulation.Elements()
            .Where(e => e.Name.LocalName == "publicationUrl")
            .Select(e => EuFsfFacts.Clean(e.Value));
        return EuFsfFacts.Join("; ",
            EuFsfFacts.Attr(regulation, "numberTitle"),
            kind,
            published is null ? null : "published " + published,
            inForce is null ? null : "in force " + inForce,
            EuFsfFacts.Join(" ", [.. urls]));
    }

    private static EntityKind KindOf(string? code) => code?.ToLowerInvariant() switch
    {
        "person" => EntityKind.Person,
        "enterprise" => EntityKind.Organization,
        _ => EntityKind.Unknown,
    };

    private static string? GenderOf(string? code) => code?.ToUpperInvariant() switch
    {
        null => null,
        "M" => "male",
        "F" => "female",
        _ => code.ToLowerInvariant(),
    };

    private static EntryAttribute? Attribute(string key, string? value) => value is null ? null : new EntryAttribute(key, value);

    private static void AddDistinct<T>(List<T> list, T? item)
    {
        if (item is not null && !list.Contains(item)) list.Add(item);
    }
}
