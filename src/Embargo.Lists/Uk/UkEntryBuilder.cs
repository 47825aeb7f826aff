using Embargo.Core.Model;
using Embargo.Core.Text;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Uk;

/// <summary>
/// Collects one UK designation from the pieces the formats spread it over (one CSV row per name, or
/// per combination of names, addresses and phones; one XML element per fact), keeping each distinct
/// fact once and in first-seen order, then builds the <see cref="ListEntry"/>.
/// </summary>
internal sealed class UkEntryBuilder
{
    private readonly string _sourceId;
    private readonly ParseContext _context;
    private readonly string _file;
    private readonly long? _firstLine;

    private readonly List<EntryName> _names = [];
    // Kept apart so that aliases list the Latin names first, whichever order a format gives them in.
    private readonly List<EntryName> _scriptNames = [];
    private readonly List<string> _programs = [];
    private readonly List<string> _measures = [];
    private readonly List<string> _positions = [];
    private readonly List<string> _remarks = [];
    private readonly List<DateOfBirth> _birthDates = [];
    private readonly List<Place> _birthPlaces = [];
    private readonly List<CountryRef> _nationalities = [];
    private readonly List<Address> _addresses = [];
    private readonly List<IdentityDocument> _documents = [];
    private readonly List<Relation> _relations = [];
    private readonly List<EntryAttribute> _attributes = [];
    private readonly List<PartialDate> _updatedOn = [];
    private string? _kindLabel;
    private string? _gender;
    private PartialDate? _listedOn;
    private readonly UkVessel _vessel = new();

    public UkEntryBuilder(string sourceId, ParseContext context, string file, long? firstLine)
    {
        _sourceId = sourceId;
        _context = context;
        _file = file;
        _firstLine = firstLine;
        Line = firstLine;
    }

    /// <summary>The line the facts being added come from, named in issues.</summary>
    public long? Line { get; set; }

    /// <summary>Adds a name from its parts <c>Name 1</c>..<c>Name 6</c> (Name 6 is the family or whole name).</summary>
    public void AddName(IReadOnlyList<string?> parts, string? nameType, string? quality, string? title)
    {
        var nameParts = new List<NamePart>();
        for (var i = 0; i < parts.Count; i++)
        {
            if (Clean(parts[i]) is { } part) nameParts.Add(new NamePart(NamePartKinds.Numbered(i + 1), part));
        }
        if (nameParts.Count == 0) return; // the FCDO publishes some <Name> elements with no part at all
        if (Clean(title) is { } cleanTitle)
        {
            nameParts.Add(new NamePart(NamePartKinds.Title, cleanTitle));
            AddDistinct(_positions, cleanTitle);
        }
        var (type, note) = NameTypeOf(nameType);
        var cleanQuality = Clean(quality);
        AddName(new EntryName
        {
            Full = string.Join(' ', nameParts.Where(p => p.Kind != NamePartKinds.Title).Select(p => p.Value)),
            Type = type,
            Note = note,
            Quality = cleanQuality,
            Strength = cleanQuality is not null && cleanQuality.Contains("low", StringComparison.OrdinalIgnoreCase)
                ? NameStrength.Weak
                : NameStrength.Strong,
            Parts = nameParts,
        });
    }

    public void AddNonLatinName(string? name, string? scriptLabel, string? language)
    {
        if (Clean(name) is not { } full) return;
        // From the letters: the UK's script label is loose and often holds a language ("Persian", "russian").
        var script = ScriptDetector.DetectNonLatin(full);
        AddName(new EntryName
        {
            Full = full,
            Type = NameType.OriginalScript,
            Script = script,
            Language = Clean(language),
            // Keep the publisher's label when the letters show no script other than Latin.
            Note = script is null && Clean(scriptLabel) is { } label ? "script: " + label : null,
        });
    }

    public void SetKind(string? label) => _kindLabel ??= Clean(label);

    public void AddProgram(string? regime) => AddDistinct(_programs, Clean(regime));

    /// <summary>Adds the measures of a <c>|</c>-separated <c>Sanctions Imposed</c> value.</summary>
    public void AddMeasures(string? imposed)
    {
        if (imposed is null) return;
        foreach (var measure in imposed.Split('|')) AddDistinct(_measures, Clean(measure));
    }

    public void AddRemark(string? remark) => AddDistinct(_remarks, Clean(remark));

    public void AddPosition(string? position) => AddDistinct(_positions, Clean(position));

    public void AddAttribute(string key, string? value)
    {
        if (Clean(value) is { } text) AddDistinct(_attributes, new EntryAttribute(key, text));
    }

    public void SetGender(string? gender) => _gender ??= Clean(gender)?.ToLowerInvariant();

    public void AddBirthDate(string? text)
    {
        if (Clean(text) is not { } published) return;
        PartialDate? date = null;
        if (UkDates.TryParse(published, out var parsed)) date = parsed;
        else Report($"unreadable date of birth '{published}', kept as text");
        AddDistinct(_birthDates, new DateOfBirth { Text = published, Date = date });
    }

    public void AddBirthPlace(string? town, string? country)
    {
        var cleanTown = Clean(town);
        var cleanCountry = Clean(country);
        if (cleanTown is null && cleanCountry is null) return;
        AddDistinct(_birthPlaces, new Place
        {
            Text = string.Join(", ", new[] { cleanTown, cleanCountry }.Where(s => s is not null)),
            City = cleanTown,
            Country = cleanCountry,
            CountryCode = CountryCode(cleanCountry),
        });
    }

    public void AddNationality(string? nationality)
    {
        if (Clean(nationality) is { } name) AddDistinct(_nationalities, new CountryRef(name, CountryCode(name)));
    }

    /// <summary>
    /// Adds an address from its free lines. The UK does not say which line is the city, so the lines
    /// stay together as the street text rather than being guessed apart.
    /// </summary>
    public void AddAddress(IEnumerable<string?> lines, string? postalCode, string? country)
    {
        var street = string.Join(", ", lines.Select(Clean).Where(l => l is not null));
        var cleanPostal = Clean(postalCode);
        var cleanCountry = Clean(country);
        if (street.Length == 0 && cleanPostal is null && cleanCountry is null) return;
        AddDistinct(_addresses, new Address
        {
            Street = street.Length == 0 ? null : street,
            PostalCode = cleanPostal,
            Country = cleanCountry,
            CountryCode = CountryCode(cleanCountry),
        });
    }

    public void AddDocument(string type, string? number, string? note)
    {
        var cleanNumber = Clean(number);
        var cleanNote = Clean(note);
        if (cleanNumber is null)
        {
            // Details without a number are still published facts.
            AddAttribute(type, cleanNote);
            return;
        }
        AddDistinct(_documents, new IdentityDocument { Type = type, Number = cleanNumber, Note = cleanNote });
    }

    public void AddRelation(string type, string? name)
    {
        if (Clean(name) is { } target) AddDistinct(_relations, new Relation(type, target));
    }

    public void SetListedOn(string? text, string label)
    {
        if (Clean(text) is not { } published) return;
        if (!UkDates.TryParse(published, out var date))
        {
            Report($"unreadable {label} '{published}', kept as an attribute");
            AddAttribute(label, published);
            return;
        }
        if (_listedOn is null) _listedOn = date;
        else if (_listedOn != date) AddAttribute(label, published);
    }

    public void AddUpdatedOn(string? text, string label)
    {
        if (Clean(text) is not { } published) return;
        if (UkDates.TryParse(published, out var date)) AddDistinct(_updatedOn, date);
        else
        {
            Report($"unreadable {label} '{published}', kept as an attribute");
            AddAttribute(label, published);
        }
    }

    /// <summary>
    /// Adds a ship's particular under its UK label. The IMO number is also an identifier and the
    /// owner/operator also a relation, so that both can be searched like any other.
    /// </summary>
    public void AddVesselFact(string label, string? value)
    {
        if (Clean(value) is not { } text) return;
        if (!_vessel.TrySet(label, text)) AddAttribute(label, text);
        if (label == UkLabels.ImoNumber) AddDistinct(_documents, new IdentityDocument { Type = label, Number = text });
        if (label == UkLabels.CurrentOwnerOperator) AddRelation(UkLabels.OwnerOperator, text);
    }

    /// <summary>The entry, or null (with an issue) when the designation has no name to screen against.</summary>
    public ListEntry? Build(string source)
    {
        if (_names.Count == 0 && _scriptNames.Count == 0)
        {
            _context.ReportMalformedRecord(_file, _firstLine, null, $"designation {_sourceId} has no name; skipped");
            return null;
        }
        List<EntryName> names = [.. _names, .. _scriptNames];
        var primary = Math.Max(0, names.FindIndex(n => n.Type == NameType.Primary));
        var kind = KindOf(_kindLabel);
        if (kind == EntityKind.Unknown && _kindLabel is not null)
            _context.Report(_file, _firstLine, null, $"{_sourceId}: unknown designation type '{_kindLabel}'");
        var regime = _programs.Count > 0 ? _programs[0] : "UK Sanctions List";
        _updatedOn.Sort();
        return new ListEntry
        {
            Id = ListSources.EntityId(source, _sourceId),
            Source = source,
            SourceId = _sourceId,
            Kind = kind,
            Name = names[primary] with { Type = NameType.Primary },
            Aliases = [.. names.Where((_, i) => i != primary)],
            Programs = _programs,
            Gender = _gender,
            Positions = _positions,
            BirthDates = _birthDates,
            BirthPlaces = _birthPlaces,
            Nationalities = _nationalities,
            Addresses = _addresses,
            Identifiers = _documents,
            Vessel = _vessel.Build(),
            ListedOn = _listedOn,
            UpdatedOn = _updatedOn,
            Relations = _relations,
            Measures = [.. _measures.Select(m => new SanctionMeasure(regime, m))],
            Attributes = _attributes,
            Remarks = _remarks.Count > 0 ? string.Join("\n", _remarks) : null,
        };
    }

    private void AddName(EntryName name)
    {
        var names = name.Type == NameType.OriginalScript ? _scriptNames : _names;
        var existing = names.FindIndex(n => n.Full == name.Full);
        if (existing < 0) names.Add(name);
        // The same spelling listed as an alias on one row and as the primary name on another is the primary name.
        else if (name.Type == NameType.Primary && names[existing].Type != NameType.Primary) names[existing] = name;
    }

    private void Report(string message) => _context.Report(_file, Line, null, $"{_sourceId}: {message}");

    private static string? Clean(string? text) => UkText.Clean(text);

    private static string? CountryCode(string? country) => UkText.CountryCode(country);

    private static void AddDistinct<T>(List<T> list, T? item)
    {
        if (item is not null && !list.Contains(item)) list.Add(item);
    }

    private static (NameType Type, string? Note) NameTypeOf(string? label) => Clean(label)?.ToLowerInvariant() switch
    {
        "primary name" or "prime alias" => (NameType.Primary, null),
        "primary name variation" => (NameType.Alias, "Primary name variation"),
        "aka" or "alias" or null => (NameType.Alias, null),
        "fka" => (NameType.FormerName, null),
        _ => (NameType.Alias, label!.Trim()),
    };

    private static EntityKind KindOf(string? label) => label?.ToLowerInvariant() switch
    {
        "individual" => EntityKind.Person,
        "entity" => EntityKind.Organization,
        "ship" => EntityKind.Vessel,
        _ => EntityKind.Unknown,
    };
}
