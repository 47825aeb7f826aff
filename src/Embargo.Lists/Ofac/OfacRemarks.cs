using Embargo.Core.Model;

namespace Embargo.Lists.Ofac;

/// <summary>What <see cref="OfacRemarksParser"/> read from one entry's remarks.</summary>
internal sealed class OfacRemarks
{
    public List<EntryName> Aliases { get; } = [];
    public List<DateOfBirth> BirthDates { get; } = [];
    public List<Place> BirthPlaces { get; } = [];
    public List<CountryRef> Nationalities { get; } = [];
    public List<CountryRef> Citizenships { get; } = [];

    /// <summary><c>male</c> or <c>female</c>.</summary>
    public string? Gender { get; set; }

    public List<string> Positions { get; } = [];
    public List<IdentityDocument> Identifiers { get; } = [];
    public VesselDetails? Vessel { get; set; }
    public AircraftDetails? Aircraft { get; set; }

    /// <summary><c>Linked To:</c> relations by name; the caller resolves the target ids.</summary>
    public List<Relation> Relations { get; } = [];

    public List<SanctionMeasure> Measures { get; } = [];
    public List<EntryAttribute> Attributes { get; } = [];

    /// <summary>What could not be read (an impossible date...); the text is kept in the facts all the same.</summary>
    public List<string> Problems { get; } = [];
}
