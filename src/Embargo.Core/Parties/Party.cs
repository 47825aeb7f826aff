using Embargo.Core.Model;

namespace Embargo.Core.Parties;

/// <summary>
/// A party a client monitors (a customer, a counterparty, a vessel), under the client's own id. Everything but the
/// name is optional; the facts are those screening uses, plus an address kept for the reviewer.
/// </summary>
public sealed record Party
{
    /// <summary>The client's own id (a customer number): unique, never reassigned by Embargo.</summary>
    public required string Id { get; init; }
    public EntityKind? Kind { get; init; }
    public required string Name { get; init; }
    /// <summary>Other names the party goes by (a maiden name, a trading name, a former vessel name); each is screened.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>Date of birth or incorporation, as precise as known.</summary>
    public PartialDate? BirthDate { get; init; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? Country { get; init; }
    public string? IdNumber { get; init; }
    /// <summary><c>male</c> or <c>female</c>.</summary>
    public string? Gender { get; init; }
    /// <summary>Kept for the reviewer; not screened, so it is not part of <see cref="PartyContent.Hash"/>.</summary>
    public string? Address { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
