namespace Embargo.Core.Model;

/// <summary>
/// An identity document or registry number: passport, national ID, tax ID, IMO, MMSI, SWIFT/BIC,
/// registration number. <see cref="Type"/> keeps the publisher's label (<c>Passport</c>, <c>Tax ID No.</c>).
/// </summary>
public sealed record IdentityDocument
{
    public required string Type { get; init; }
    public required string Number { get; init; }
    /// <summary>The issuing country as published.</summary>
    public string? Country { get; init; }
    /// <summary>ISO 3166-1 alpha-2 code of <see cref="Country"/>, when it could be resolved.</summary>
    public string? CountryCode { get; init; }
    public string? IssueDate { get; init; }
    public string? ExpiryDate { get; init; }
    public string? Note { get; init; }
}
