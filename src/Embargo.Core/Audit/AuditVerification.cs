namespace Embargo.Core.Audit;

/// <summary>What verifying the audit trail found: the records read, the head (last sequence and hash), and any problems.</summary>
public sealed record AuditVerification(long Records, long HeadSequence, string HeadHash, IReadOnlyList<AuditProblem> Problems)
{
    public bool IsIntact => Problems.Count == 0;
}
