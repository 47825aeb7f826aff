namespace Embargo.Core.Model;

/// <summary>Vessel particulars (OFAC vessel columns and remarks, UN/EU/UK vessel fields).</summary>
public sealed record VesselDetails
{
    public string? Imo { get; init; }
    public string? Mmsi { get; init; }
    public string? CallSign { get; init; }
    public string? VesselType { get; init; }
    public string? Tonnage { get; init; }
    public string? GrossRegisteredTonnage { get; init; }
    public string? Flag { get; init; }
    /// <summary>ISO 3166-1 alpha-2 code of <see cref="Flag"/>, when it could be resolved.</summary>
    public string? FlagCode { get; init; }
    public string? Owner { get; init; }
    public string? BuildYear { get; init; }
}
