namespace Embargo.Core.Audit;

/// <summary>Which audit records to read: after a sequence number, optionally of one subject or action, at most a number.</summary>
public sealed record AuditQuery
{
    public long AfterSequence { get; init; }
    public int? Limit { get; init; }
    /// <summary>Exact subject (<c>alert:42</c>), or a prefix ending in ':' (<c>alert:</c>).</summary>
    public string? Subject { get; init; }
    public string? Action { get; init; }
}
