using Embargo.Core.Audit;

namespace Embargo.Core.Review;

/// <summary>Named settings as JSON text (the review policy, the snapshots monitoring last saw).</summary>
public interface ISettingsStore
{
    Task<string?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Sets a value, with its audit records in the same transaction.</summary>
    Task SetAsync(string key, string value, DateTimeOffset at, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken);
}
