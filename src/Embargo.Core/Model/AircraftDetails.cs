namespace Embargo.Core.Model;

/// <summary>Aircraft particulars (OFAC aircraft remarks and columns).</summary>
public sealed record AircraftDetails
{
    public string? TailNumber { get; init; }
    public string? Model { get; init; }
    public string? SerialNumber { get; init; }
    public string? ManufactureDate { get; init; }
    public string? Operator { get; init; }
    public string? ModeSTransponderCode { get; init; }
    public string? CallSign { get; init; }
}
