using Embargo.Core.Audit;

namespace Embargo.Core.Snapshots;

/// <summary>
/// The audit record of a snapshot becoming its source's active one, built by the store inside the transaction that
/// makes it so, from the snapshot as stored and the one it replaces (null when the source had none active): the
/// change and its record are committed together or not at all.
/// </summary>
public delegate AuditEntry SnapshotAudit(ListChangeKind kind, ListSnapshot snapshot, ListSnapshot? previous);
