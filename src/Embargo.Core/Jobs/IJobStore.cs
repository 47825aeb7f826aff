namespace Embargo.Core.Jobs;

/// <summary>
/// Jobs shared by several nodes: a node claims one job at a time and holds it by a lease it renews; when the lease
/// runs out (the node died), another node claims the job and resumes it. Output is appended together with the
/// state that counts it, and only by the node holding the lease, so a job's output never holds a chunk twice.
/// </summary>
public interface IJobStore
{
    /// <summary>Stores a queued job with its input (read from the start; seekable, so a retry can read it again) and wakes the nodes.</summary>
    Task CreateAsync(StoredJob job, Stream input, CancellationToken cancellationToken);

    Task<StoredJob?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every job, or one owner's, newest first.</summary>
    Task<IReadOnlyList<StoredJob>> ListAsync(string? owner, CancellationToken cancellationToken);

    /// <summary>The oldest job that is queued, or running under an expired lease, now leased to <paramref name="node"/>; null when none is.</summary>
    Task<StoredJob?> ClaimAsync(string node, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Extends the lease; false when the job is no longer this node's (taken over, cancelled or ended).</summary>
    Task<bool> RenewAsync(string id, string node, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>
    /// Appends <paramref name="output"/> at <paramref name="offset"/> and saves <paramref name="state"/>, in one
    /// transaction, renewing the lease; false (and nothing written) when the job is no longer this node's.
    /// </summary>
    Task<bool> AppendAsync(string id, string node, long offset, ReadOnlyMemory<byte> output, string state, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Ends a job this node holds with <paramref name="status"/>; false when it is no longer this node's.</summary>
    Task<bool> FinishAsync(string id, string node, string status, string state, CancellationToken cancellationToken);

    /// <summary>Cancels a job that has not ended, whichever node runs it; false when it had ended.</summary>
    Task<bool> CancelAsync(string id, string state, CancellationToken cancellationToken);

    /// <summary>Writes the job's input to <paramref name="destination"/>.</summary>
    Task CopyInputAsync(string id, Stream destination, CancellationToken cancellationToken);

    /// <summary>Writes the job's output, as stored so far, to <paramref name="destination"/>.</summary>
    Task CopyOutputAsync(string id, Stream destination, CancellationToken cancellationToken);
}
