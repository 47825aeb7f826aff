using Embargo.Core.Audit;

namespace Embargo.Core.Alerts;

/// <summary>
/// Alerts, their history and the allow-list. At most one alert per (party, entity) is active (open, in review,
/// pending approval, escalated) — the store enforces it, so concurrent screenings cannot duplicate one. Every change
/// is version-checked and written with its history event and audit record in one transaction.
/// </summary>
public interface IAlertStore
{
    /// <summary>What is on file for each of <paramref name="entityIds"/> with the party (pairs with nothing on file are left out).</summary>
    Task<IReadOnlyDictionary<string, AlertPairState>> GetPairStatesAsync(string partyId, IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken);

    /// <summary>
    /// Stores new alerts (their <see cref="Alert.Id"/> is assigned), skipping any whose pair already has an active alert
    /// (another screening got there first); ends the given allow-list entries; returns the alerts stored.
    /// </summary>
    Task<IReadOnlyList<Alert>> RaiseAsync(AlertRaise raise, CancellationToken cancellationToken);

    Task<Alert?> GetAsync(long id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Alert>> ListAsync(AlertQuery query, CancellationToken cancellationToken);

    Task<int> CountAsync(AlertQuery query, CancellationToken cancellationToken);

    /// <summary>An alert's history, oldest first.</summary>
    Task<IReadOnlyList<AlertEvent>> GetEventsAsync(long alertId, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <see cref="AlertChange.After"/> if the stored alert is still at <see cref="AlertChange.Before"/>'s version
    /// (else <see cref="AlertConflictException"/>); adds <paramref name="allow"/> when the change finalises a false
    /// positive, ends the pair's active entry when it undoes one.
    /// </summary>
    Task UpdateAsync(AlertChange change, AllowListEntry? allow, AuditEntry audit, CancellationToken cancellationToken);

    /// <summary>Adds a history event (a comment) without changing the alert.</summary>
    Task AddEventAsync(AlertEvent alertEvent, AuditEntry audit, CancellationToken cancellationToken);

    /// <summary>Active alerts of a party, or on any of some entities.</summary>
    Task<IReadOnlyList<Alert>> FindActiveAsync(string? partyId, IReadOnlyCollection<string>? entityIds, CancellationToken cancellationToken);

    /// <summary>Allow-list entries, active only or all, of one party or all parties, optionally only those expired by a time.</summary>
    Task<IReadOnlyList<AllowListEntry>> ListAllowAsync(string? partyId, bool activeOnly, DateTimeOffset? expiredBy, CancellationToken cancellationToken);
}
