namespace Embargo.Core.Audit;

/// <summary>Something wrong with the audit trail at one record.</summary>
public sealed record AuditProblem(long Sequence, string Problem);
