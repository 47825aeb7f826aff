namespace Embargo.Core.Alerts;

/// <summary>
/// A potential match between a monitored party and a listed entity, and its review. <see cref="Version"/> grows
/// by one with every change: a change made against an older version is refused (optimistic concurrency), so two
/// reviewers can never overwrite each other's decision.
/// </summary>
public sealed record Alert
{
    public long Id { get; init; }
    public required string PartyId { get; init; }
    public required string EntityId { get; init; }
    /// <summary>The entity's primary name and the name of it that matched, when raised.</summary>
    public required string EntityName { get; init; }
    public required string MatchedName { get; init; }
    public required double Score { get; init; }
    public AlertStatus Status { get; init; } = AlertStatus.Open;
    /// <summary>The decision: pending while <see cref="Status"/> is pending_approval, final once decided.</summary>
    public AlertDecision? Decision { get; init; }
    public string? Assignee { get; init; }
    public int Version { get; init; } = 1;
    public required AlertReason Reason { get; init; }
    /// <summary>What changed, in words, when the reason is a change (<c>new alias: …</c>, <c>party changed: name</c>).</summary>
    public string? ReasonDetail { get; init; }
    /// <summary>The match explanation as JSON (the <c>matches[]</c> shape of <c>screen --json</c>).</summary>
    public required string Explanation { get; init; }
    /// <summary>The list versions the match was found in (<c>us-ofac-sdn 20240503-1c9e0b2a</c>).</summary>
    public required IReadOnlyList<string> ListVersions { get; init; }
    /// <summary>The party's screened data when raised (<see cref="Parties.PartyContent"/>) and its hash.</summary>
    public required string PartyData { get; init; }
    public required string PartyHash { get; init; }
    /// <summary>The listed entity's content hash and JSON when raised (what the reviewer decided on).</summary>
    public required string EntityHash { get; init; }
    public required string EntityData { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public string? DecidedBy { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public string? ApprovedBy { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }
    /// <summary>Why the alert was closed without a decision.</summary>
    public string? ClosedNote { get; init; }
}
