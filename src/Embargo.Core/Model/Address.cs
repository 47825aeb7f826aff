namespace Embargo.Core.Model;

/// <summary>An address, in the parts the publisher gives.</summary>
public sealed record Address
{
    public string? Street { get; init; }
    public string? City { get; init; }
    /// <summary>State, province or region.</summary>
    public string? Region { get; init; }
    public string? PostalCode { get; init; }
    public string? Country { get; init; }
    /// <summary>ISO 3166-1 alpha-2 code of <see cref="Country"/>, when it could be resolved.</summary>
    public string? CountryCode { get; init; }
    public string? Note { get; init; }
    /// <summary>The publisher's id for this address (OFAC add_num / address uid).</summary>
    public string? SourceRef { get; init; }
}
