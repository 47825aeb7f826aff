namespace Embargo.Core.Audit;

/// <summary>
/// The append-only audit trail. Appending numbers and chains records (<see cref="AuditChain"/>) under a lock that
/// serialises writers, so the chain never forks; the other stores append their change's record in the same
/// transaction as the change itself. A backend must forbid updates and deletes of stored records.
/// </summary>
public interface IAuditStore
{
    /// <summary>Appends entries in order, in one transaction, and returns them as sealed.</summary>
    Task<IReadOnlyList<AuditRecord>> AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken);

    /// <summary>Records in sequence order, or newest first when the query asks.</summary>
    IAsyncEnumerable<AuditRecord> ReadAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>How many records match the query's filters (its offset, limit and order aside).</summary>
    Task<long> CountAsync(AuditQuery query, CancellationToken cancellationToken);
}
