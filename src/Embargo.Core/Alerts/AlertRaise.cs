using Embargo.Core.Audit;

namespace Embargo.Core.Alerts;

/// <summary>
/// New alerts to store in one transaction, with the allow-list entries they end, the audit record of each alert
/// (<see cref="Audit"/>) and further records (the screening itself).
/// </summary>
public sealed record AlertRaise(
    IReadOnlyList<Alert> Alerts,
    IReadOnlyList<AllowListEnding> EndAllow,
    Func<Alert, AuditEntry> Audit,
    IReadOnlyList<AuditEntry> Records);
