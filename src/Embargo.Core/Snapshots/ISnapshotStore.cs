using Embargo.Core.Model;

namespace Embargo.Core.Snapshots;

/// <summary>
/// Where snapshots live. Backend-neutral: SQLite today, PostgreSQL later, same callers. Every write is
/// atomic: a snapshot is either wholly stored and active, or invisible.
/// </summary>
public interface ISnapshotStore : IAsyncDisposable
{
    /// <summary>The active snapshot of every source that has one.</summary>
    Task<IReadOnlyList<ListSnapshot>> GetActiveSnapshotsAsync(CancellationToken cancellationToken);

    /// <summary>Every snapshot of a source, newest import first.</summary>
    Task<IReadOnlyList<ListSnapshot>> GetSnapshotsAsync(string source, CancellationToken cancellationToken);

    /// <summary>A snapshot by its exact version string, or null.</summary>
    Task<ListSnapshot?> FindSnapshotAsync(string source, string version, CancellationToken cancellationToken);

    /// <summary>A snapshot of the source with exactly this content, or null.</summary>
    Task<ListSnapshot?> FindByContentHashAsync(string source, string contentHash, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a new snapshot from a stream of entries and makes it the source's active one, in one
    /// transaction. If the stream throws, nothing is stored and the previous snapshot stays active.
    /// </summary>
    Task<ListSnapshot> AddSnapshotAsync(SnapshotDraft draft, IAsyncEnumerable<ListEntry> entries, CancellationToken cancellationToken) =>
        AddSnapshotAsync(draft, entries, null, cancellationToken);

    /// <summary>As above, with the audit record of the import (<paramref name="audit"/>) appended in the same transaction.</summary>
    Task<ListSnapshot> AddSnapshotAsync(SnapshotDraft draft, IAsyncEnumerable<ListEntry> entries, SnapshotAudit? audit, CancellationToken cancellationToken);

    /// <summary>Makes a stored snapshot its source's active one (for pinning or rolling back).</summary>
    Task ActivateAsync(long snapshotKey, CancellationToken cancellationToken) => ActivateAsync(snapshotKey, ListChangeKind.Activated, null, cancellationToken);

    /// <summary>
    /// As above, with the audit record of the activation (<paramref name="audit"/>, called with <paramref name="kind"/>)
    /// appended in the same transaction; nothing is recorded when the snapshot was active already.
    /// </summary>
    Task ActivateAsync(long snapshotKey, ListChangeKind kind, SnapshotAudit? audit, CancellationToken cancellationToken);

    /// <summary>Removes the source's active snapshot flag, so that the source is no longer screened.</summary>
    Task DeactivateSourceAsync(string source, CancellationToken cancellationToken);

    /// <summary>An entity from a given snapshot, or from its source's active snapshot when none is given.</summary>
    Task<ListEntry?> GetEntryAsync(string entityId, long? snapshotKey, CancellationToken cancellationToken);

    /// <summary>Every entry of a snapshot, in entity id order.</summary>
    IAsyncEnumerable<ListEntry> GetEntriesAsync(long snapshotKey, CancellationToken cancellationToken);

    /// <summary>Entity id → content hash and primary name of every entry of a snapshot: enough to diff.</summary>
    Task<IReadOnlyDictionary<string, EntryDigest>> GetDigestsAsync(long snapshotKey, CancellationToken cancellationToken);

    /// <summary>The canonical JSON of an entry body by its content hash.</summary>
    Task<string?> GetEntryJsonAsync(string contentHash, CancellationToken cancellationToken);
}
