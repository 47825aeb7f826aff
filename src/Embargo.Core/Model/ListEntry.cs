namespace Embargo.Core.Model;

/// <summary>
/// One designated party as one list publishes it: the same shape for every list, holding everything the
/// official formats carry. Collections are never null; absent facts are empty or null.
/// </summary>
public sealed record ListEntry
{
    /// <summary>Stable id <c>{source}:{publisher id}</c>, e.g. <c>us-ofac-sdn:35746</c>.</summary>
    public required string Id { get; init; }

    /// <summary>One of <see cref="ListSources"/>.</summary>
    public required string Source { get; init; }

    /// <summary>The publisher's own identifier: OFAC ent_num, UN DATAID, EU logicalId, UK unique/group id.</summary>
    public required string SourceId { get; init; }

    /// <summary>The publisher's citable reference where it has one besides the id: UN <c>QDi.001</c>, EU <c>EU.27.28</c>.</summary>
    public string? ReferenceNumber { get; init; }

    public required EntityKind Kind { get; init; }

    /// <summary>The primary name as published.</summary>
    public required EntryName Name { get; init; }

    /// <summary>Every other name: aliases of every kind and strength, and names in original scripts.</summary>
    public IReadOnlyList<EntryName> Aliases { get; init; } = [];

    /// <summary>Programs or regimes, as the publisher spells them (<c>CAATSA - RUSSIA</c>, <c>RUSSIA-EO14024</c>, <c>Al-Qaida</c>).</summary>
    public IReadOnlyList<string> Programs { get; init; } = [];

    /// <summary>Which list within the source, where a source bundles several (OFAC consolidated: <c>NS-MBS</c>, <c>SSI</c>, <c>FSE</c>).</summary>
    public string? ListName { get; init; }

    /// <summary><c>male</c> or <c>female</c> where stated.</summary>
    public string? Gender { get; init; }

    /// <summary>Titles, positions and designations (OFAC title, UN DESIGNATION, EU function).</summary>
    public IReadOnlyList<string> Positions { get; init; } = [];

    public IReadOnlyList<DateOfBirth> BirthDates { get; init; } = [];
    public IReadOnlyList<Place> BirthPlaces { get; init; } = [];
    public IReadOnlyList<CountryRef> Nationalities { get; init; } = [];
    public IReadOnlyList<CountryRef> Citizenships { get; init; } = [];
    public IReadOnlyList<Address> Addresses { get; init; } = [];
    public IReadOnlyList<IdentityDocument> Identifiers { get; init; } = [];

    /// <summary>Vessel particulars; null unless the entry is a vessel or the list gives them.</summary>
    public VesselDetails? Vessel { get; init; }

    /// <summary>Aircraft particulars; null unless the entry is an aircraft or the list gives them.</summary>
    public AircraftDetails? Aircraft { get; init; }

    /// <summary>Date of first listing.</summary>
    public PartialDate? ListedOn { get; init; }

    /// <summary>Dates the publisher says the entry was amended, oldest first.</summary>
    public IReadOnlyList<PartialDate> UpdatedOn { get; init; } = [];

    /// <summary>Relations to other parties (<c>Linked To:</c> in OFAC remarks).</summary>
    public IReadOnlyList<Relation> Relations { get; init; } = [];

    /// <summary>Sanction measures the data states for this entry, e.g. the CAATSA Section 235 menu items.</summary>
    public IReadOnlyList<SanctionMeasure> Measures { get; init; } = [];

    /// <summary>Every other published fact, keyed by the publisher's own label (<c>Email Address</c>, <c>Website</c>…).</summary>
    public IReadOnlyList<EntryAttribute> Attributes { get; init; } = [];

    /// <summary>The publisher's free-text remarks, whole and unparsed.</summary>
    public string? Remarks { get; init; }
}
