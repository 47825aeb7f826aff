namespace Embargo.Core.Audit;

/// <summary>
/// A stored audit record: the entry, its place in the trail (<see cref="Sequence"/> from 1, without gaps), the hash
/// of the record before it and its own hash over both (<see cref="AuditChain"/>).
/// </summary>
public sealed record AuditRecord(long Sequence, AuditEntry Entry, string PreviousHash, string Hash);
