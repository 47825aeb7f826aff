namespace Embargo.Core.Alerts;

/// <summary>
/// A confirmed false positive for (party, entity): it suppresses the pair's alert in later screenings while the party's
/// screened data and the entity's content stay as they were when decided, and until it expires.
/// </summary>
public sealed record AllowListEntry
{
    public required string PartyId { get; init; }
    public required string EntityId { get; init; }
    /// <summary>The alert whose final false-positive decision made the entry.</summary>
    public required long AlertId { get; init; }
    public required string PartyHash { get; init; }
    /// <summary>The party's screened data (canonical JSON) when decided: to say what changed.</summary>
    public required string PartyData { get; init; }
    public required string EntityHash { get; init; }
    /// <summary>The entity's JSON when decided: to say what changed.</summary>
    public required string EntityData { get; init; }
    public required string DecidedBy { get; init; }
    public string? ApprovedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    /// <summary>Set when the entry stopped holding (lapsed, expired, or its alert reopened).</summary>
    public DateTimeOffset? EndedAt { get; init; }
    public string? EndReason { get; init; }

    public bool IsActive => EndedAt is null;
}
