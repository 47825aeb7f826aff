using System.Xml.Linq;
using Embargo.Core.Countries;
using Embargo.Core.Model;
using Embargo.Core.Text;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Un;

/// <summary>
/// Turns one <c>&lt;INDIVIDUAL&gt;</c> or <c>&lt;ENTITY&gt;</c> into a <see cref="ListEntry"/>. Every child element
/// is either mapped or kept as an attribute under its element name, so nothing the UN publishes is dropped.
/// </summary>
internal sealed class UnEntryMapper(string file, ParseContext context)
{
    private static readonly string[] NameElements = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"];
    private static readonly string[] NamePartKindsInOrder =
        [NamePartKinds.First, NamePartKinds.Second, NamePartKinds.Third, NamePartKinds.Fourth];

    public ListEntry? Map(XElement record, long? line)
    {
        var element = record.Name.LocalName;
        var kind = element switch
        {
            "INDIVIDUAL" => EntityKind.Person,
            "ENTITY" => EntityKind.Organization,
            _ => EntityKind.Unknown,
        };
        if (kind == EntityKind.Unknown)
        {
            context.ReportMalformedRecord(file, line, element, "unexpected record element skipped");
            return null;
        }
        var dataId = record.Field("DATAID");
        if (dataId is null)
        {
            context.ReportMalformedRecord(file, line, element, "record without DATAID skipped");
            return null;
        }
        var name = PrimaryName(record, kind);
        if (name is null)
        {
            context.ReportMalformedRecord(file, line, element, $"record {dataId} has no name; skipped");
            return null;
        }

        var b = new Builder();
        foreach (var child in record.Elements())
        {
            Read(child, b, dataId, line);
        }
        b.UpdatedOn.Sort();
        b.MergeAliasBirthFacts();

        return new ListEntry
        {
            Id = ListSources.EntityId(ListSources.UnSecurityCouncil, dataId),
            Source = ListSources.UnSecurityCouncil,
            SourceId = dataId,
            ReferenceNumber = record.Field("REFERENCE_NUMBER"),
            Kind = kind,
            Name = name,
            Aliases = b.Aliases,
            Programs = b.Programs,
            ListName = b.ListName,
            Gender = b.Gender,
            Positions = b.Positions,
            BirthDates = b.BirthDates,
            BirthPlaces = b.BirthPlaces,
            Nationalities = b.Nationalities,
            Addresses = b.Addresses,
            Identifiers = b.Identifiers,
            ListedOn = b.ListedOn,
            UpdatedOn = b.UpdatedOn,
            Attributes = b.Attributes,
            Remarks = b.Remarks,
        };
    }

    /// <summary>FIRST_NAME..FOURTH_NAME joined in order; parts only for people (an entity's name is all in FIRST_NAME).</summary>
    private static EntryName? PrimaryName(XElement record, EntityKind kind)
    {
        List<NamePart> parts = [];
        for (var i = 0; i < NameElements.Length; i++)
        {
            if (record.Field(NameElements[i]) is { } value) parts.Add(new NamePart(NamePartKindsInOrder[i], value));
        }
        if (parts.Count == 0) return null;
        return new EntryName
        {
            Full = string.Join(' ', parts.Select(p => p.Value)),
            Parts = kind == EntityKind.Person ? parts : [],
        };
    }

    private void Read(XElement child, Builder b, string dataId, long? line)
    {
        var tag = child.Name.LocalName;
        switch (tag)
        {
            case "DATAID" or "REFERENCE_NUMBER" or "FIRST_NAME" or "SECOND_NAME" or "THIRD_NAME" or "FOURTH_NAME":
                break; // read above
            case "UN_LIST_TYPE":
                if (child.CollapsedText() is { } program) b.Programs.Add(program);
                break;
            case "LISTED_ON":
                if (child.CollapsedText() is { } listed)
                {
                    if (UnDates.TryParseIso(listed, out var date)) b.ListedOn ??= date;
                    else Unreadable(child, listed, dataId, line, b);
                }
                break;
            case "GENDER":
                if (child.CollapsedText() is { } gender) b.Gender = gender.ToLowerInvariant();
                break;
            case "COMMENTS1":
                // Remarks stay as published, line breaks and all.
                var remarks = child.Value.Trim();
                if (remarks.Length > 0) b.Remarks = remarks;
                break;
            case "NAME_ORIGINAL_SCRIPT":
                if (child.CollapsedText() is { } original) b.Aliases.Add(OriginalScript(original));
                break;
            case "TITLE" or "DESIGNATION":
                b.Positions.AddRange(child.Values());
                break;
            case "NATIONALITY":
                b.Nationalities.AddRange(child.Values().Select(n => new CountryRef(n, CountryCodes.Resolve(n))));
                break;
            case "LIST_TYPE":
                foreach (var value in child.Values())
                {
                    if (b.ListName is null) b.ListName = value;
                    else b.Attributes.Add(new EntryAttribute(tag, value));
                }
                break;
            case "LAST_DAY_UPDATED":
                foreach (var value in child.Values())
                {
                    if (UnDates.TryParseIso(value, out var date)) b.UpdatedOn.Add(date);
                    else Unreadable(child, value, dataId, line, b);
                }
                break;
            case "INDIVIDUAL_ALIAS" or "ENTITY_ALIAS":
                ReadAlias(child, b, dataId, line);
                break;
            case "INDIVIDUAL_ADDRESS" or "ENTITY_ADDRESS":
                if (UnRecordParts.Address(child) is { } address) b.Addresses.Add(address);
                KeepUnknownFields(child, UnRecordParts.AddressFields, b);
                break;
            case "INDIVIDUAL_DATE_OF_BIRTH":
                ReadBirthDate(child, b, dataId, line);
                break;
            case "INDIVIDUAL_PLACE_OF_BIRTH":
                if (UnRecordParts.BirthPlace(child) is { } place) b.BirthPlaces.Add(place);
                KeepUnknownFields(child, UnRecordParts.PlaceFields, b);
                break;
            case "INDIVIDUAL_DOCUMENT":
                if (UnRecordParts.Document(child) is { } document) b.Identifiers.Add(document);
                else if (UnRecordParts.DocumentWithoutNumber(child) is { } described) b.Attributes.Add(described);
                KeepUnknownFields(child, UnRecordParts.DocumentFields, b);
                break;
            default:
                // VERSIONNUM, SORT_KEY, SORT_KEY_LAST_MOD and anything the UN adds later.
                KeepAsAttributes(child, b);
                break;
        }
    }

    private static EntryName OriginalScript(string name)
    {
        return new EntryName
        {
            Full = name,
            Type = NameType.OriginalScript,
            Script = ScriptDetector.DetectNonLatin(name),
        };
    }

    private void ReadAlias(XElement alias, Builder b, string dataId, long? line)
    {
        KeepUnknownFields(alias, UnRecordParts.AliasFields, b);
        if (UnRecordParts.Alias(alias) is not { } name)
        {
            // <QUALITY/><ALIAS_NAME/> is the UN's "no alias"; anything else without a name is worth a look.
            if (alias.Elements().Any(e => e.Name.LocalName != "QUALITY" && !e.IsBlank()))
                context.Report(file, alias.Line() ?? line, alias.Name.LocalName, $"record {dataId}: alias without ALIAS_NAME skipped");
            return;
        }
        b.Aliases.Add(name);
        if (alias.Field("DATE_OF_BIRTH") is { } born)
        {
            var parsed = UnDates.TryParseIso(born, out var date);
            if (!parsed) context.Report(file, alias.Line() ?? line, "DATE_OF_BIRTH", $"record {dataId}: unreadable alias date of birth '{born}' kept as text");
            b.AliasBirthDates.Add(new DateOfBirth { Text = born, Date = parsed ? date : null });
        }
        if (UnRecordParts.AliasBirthPlace(alias) is { } place) b.AliasBirthPlaces.Add(place);
    }

    private void ReadBirthDate(XElement element, Builder b, string dataId, long? line)
    {
        KeepUnknownFields(element, UnRecordParts.BirthDateFields, b);
        if (UnDates.ReadBirthDate(element, out var readable) is not { } birthDate) return;
        if (!readable) context.Report(file, element.Line() ?? line, element.Name.LocalName, $"record {dataId}: unreadable date of birth '{birthDate.Text}' kept as text");
        b.BirthDates.Add(birthDate);
    }

    private void Unreadable(XElement element, string value, string dataId, long? line, Builder b)
    {
        var tag = element.Name.LocalName;
        context.Report(file, element.Line() ?? line, tag, $"record {dataId}: unreadable date '{value}' kept as an attribute");
        b.Attributes.Add(new EntryAttribute(tag, value));
    }

    private static void KeepUnknownFields(XElement part, HashSet<string> known, Builder b)
    {
        foreach (var field in part.Elements())
        {
            if (known.Contains(field.Name.LocalName)) continue;
            KeepAsAttributes(field, b, part.Name.LocalName + ".");
        }
    }

    /// <summary>A leaf becomes one attribute; a container one per non-blank leaf (<c>VALUE</c> children under the container's name).</summary>
    private static void KeepAsAttributes(XElement element, Builder b, string prefix = "")
    {
        var key = prefix + element.Name.LocalName;
        if (!element.HasElements)
        {
            if (element.CollapsedText() is { } value) b.Attributes.Add(new EntryAttribute(key, value));
            return;
        }
        foreach (var leaf in element.Descendants().Where(d => !d.HasElements))
        {
            if (leaf.CollapsedText() is not { } value) continue;
            var leafKey = leaf.Name.LocalName == "VALUE" ? key : $"{key}.{leaf.Name.LocalName}";
            b.Attributes.Add(new EntryAttribute(leafKey, value));
        }
    }

    private sealed class Builder
    {
        public List<EntryName> Aliases { get; } = [];
        public List<string> Programs { get; } = [];
        public string? ListName { get; set; }
        public string? Gender { get; set; }
        public List<string> Positions { get; } = [];
        public List<DateOfBirth> BirthDates { get; } = [];
        public List<Place> BirthPlaces { get; } = [];
        public List<CountryRef> Nationalities { get; } = [];
        public List<Address> Addresses { get; } = [];
        public List<IdentityDocument> Identifiers { get; } = [];
        public PartialDate? ListedOn { get; set; }
        public List<PartialDate> UpdatedOn { get; } = [];
        public List<EntryAttribute> Attributes { get; } = [];
        public string? Remarks { get; set; }

        // Birth dates and places given with an alias: dates and places this person has used, so screened on
        // too, after the record's own and without repeating them.
        public List<DateOfBirth> AliasBirthDates { get; } = [];
        public List<Place> AliasBirthPlaces { get; } = [];

        public void MergeAliasBirthFacts()
        {
            foreach (var date in AliasBirthDates)
            {
                if (!BirthDates.Any(d => d.Text == date.Text || (date.Date is not null && d.Date == date.Date && d.To is null)))
                    BirthDates.Add(date);
            }
            foreach (var place in AliasBirthPlaces)
            {
                if (!BirthPlaces.Any(p => string.Equals(p.Text, place.Text, StringComparison.OrdinalIgnoreCase)))
                    BirthPlaces.Add(place);
            }
        }
    }
}
