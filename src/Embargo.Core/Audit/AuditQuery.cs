namespace Embargo.Core.Audit;

/// <summary>
/// Which audit records to read: after a sequence number, optionally of one subject, action or actor and within a time
/// range, in sequence order (verification, export) or newest first (browsing), skipping some and at most a number.
/// </summary>
public sealed record AuditQuery
{
    public long AfterSequence { get; init; }
    public int? Limit { get; init; }
    /// <summary>Exact subject (<c>alert:42</c>), or a prefix ending in ':' (<c>alert:</c>).</summary>
    public string? Subject { get; init; }
    public string? Action { get; init; }
    /// <summary>Exact actor id (<c>ana</c>, <c>key:3f…</c>, <c>system</c>).</summary>
    public string? Actor { get; init; }
    /// <summary>Records at or after this time.</summary>
    public DateTimeOffset? From { get; init; }
    /// <summary>Records strictly before this time.</summary>
    public DateTimeOffset? Until { get; init; }
    /// <summary>Newest first, for people browsing; the default, sequence order, is what verification and export need.</summary>
    public bool NewestFirst { get; init; }
    /// <summary>Matching records to skip (in the order asked for) before the first returned.</summary>
    public int Offset { get; init; }
}
