using Embargo.Core.Audit;

namespace Embargo.Core.Parties;

/// <summary>
/// The monitored parties. Removal is soft (a removed party keeps its row, so its alerts still point at it, and adding
/// the id again brings it back). Every change is written with its audit record in the same transaction.
/// </summary>
public interface IPartyStore
{
    /// <summary>
    /// Saves parties in one transaction, in order. A party whose stored data (screened fields and address) is the same
    /// is left alone; for every other one <paramref name="audit"/> builds the record from the party before (null when
    /// new) and after.
    /// </summary>
    Task<IReadOnlyList<PartySave>> SaveAsync(IReadOnlyList<Party> parties, PartySaveMode mode, Func<Party?, Party, AuditEntry> audit,
        CancellationToken cancellationToken);

    /// <summary>Marks a party removed; null when there is no such (unremoved) party.</summary>
    Task<Party?> RemoveAsync(string id, DateTimeOffset at, Func<Party, AuditEntry> audit, CancellationToken cancellationToken);

    /// <summary>A monitored (unremoved) party, or null.</summary>
    Task<Party?> FindAsync(string id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Party>> ListAsync(PartyQuery query, CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>Every monitored party, in id order, streamed.</summary>
    IAsyncEnumerable<Party> StreamAsync(CancellationToken cancellationToken);
}
