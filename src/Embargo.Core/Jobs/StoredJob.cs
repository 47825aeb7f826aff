namespace Embargo.Core.Jobs;

/// <summary>A job as a shared job store keeps it: the columns it queries on, and the application's state as JSON.</summary>
public sealed record StoredJob
{
    public required string Id { get; init; }
    public required string Owner { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary><c>queued</c>, <c>running</c>, <c>completed</c>, <c>failed</c> or <c>cancelled</c>.</summary>
    public required string Status { get; init; }
    /// <summary>Settings, progress and checkpoint, as the job service wrote them.</summary>
    public required string State { get; init; }
    public long InputLength { get; init; }
    /// <summary>Bytes of output stored: where the next chunk starts.</summary>
    public long OutputLength { get; init; }
    /// <summary>The node holding the job, while it runs.</summary>
    public string? LeaseNode { get; init; }
    /// <summary>How many times a node has claimed it (more than one: it was taken over or resumed).</summary>
    public int Claims { get; init; }
}
