namespace Embargo.Core.Audit;

/// <summary>
/// One action to record: who, when, what, on what, the state before and after (JSON text, or null), and the list
/// versions it was done against. The store numbers it and chains it (<see cref="AuditRecord"/>).
/// </summary>
public sealed record AuditEntry
{
    public required DateTimeOffset At { get; init; }
    /// <summary>The <see cref="Access.Actor.Id"/> of whoever did it.</summary>
    public required string Actor { get; init; }
    /// <summary>What was done, from <see cref="AuditActions"/>.</summary>
    public required string Action { get; init; }
    /// <summary>What it was done to: <c>party:C-1001</c>, <c>alert:42</c>, <c>user:alice</c>, <c>snapshot:us-ofac-sdn/20240503-1c9e0b2a</c>.</summary>
    public required string Subject { get; init; }
    public string? Before { get; init; }
    public string? After { get; init; }
    /// <summary>The list versions in force (<c>us-ofac-sdn 20240503-1c9e0b2a</c>), when the action depends on them.</summary>
    public IReadOnlyList<string> ListVersions { get; init; } = [];

    /// <summary>
    /// Identifies this write of the entry, not its content (it is not hashed): a store that retries a transaction whose
    /// commit may have succeeded finds the entry already stored by it and does not store it twice.
    /// </summary>
    public Guid WriteId { get; init; } = Guid.NewGuid();
}
