namespace Embargo.Hosting.Jobs;

/// <summary>
/// Batch screening jobs as the server offers them. Two implementations: <see cref="BatchJobService"/> keeps them as
/// files in the data directory and runs them in this process (SQLite, one node); <see cref="SharedBatchJobService"/>
/// keeps them in the shared PostgreSQL database, where every node claims and runs them.
/// </summary>
public interface IBatchJobService : IAsyncDisposable
{
    /// <summary>Saves the upload and queues the job.</summary>
    /// <exception cref="Batch.BatchInputException">The upload is empty or larger than <paramref name="maxBytes"/>.</exception>
    Task<BatchJob> SubmitAsync(string owner, Stream upload, string inputName, BatchJob settings, long maxBytes, CancellationToken cancellationToken);

    Task<BatchJob?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every job, or one owner's, newest first.</summary>
    Task<IReadOnlyList<BatchJob>> ListAsync(string? owner, CancellationToken cancellationToken);

    /// <summary>Cancels a queued or running job; false when it had already ended.</summary>
    Task<bool> CancelAsync(string id, CancellationToken cancellationToken);

    /// <summary>Writes a job's results to <paramref name="destination"/>; false when it has none.</summary>
    Task<bool> CopyResultsAsync(string id, Stream destination, CancellationToken cancellationToken);

    /// <summary>Starts running jobs: the unfinished ones a previous run left, and those submitted from now on.</summary>
    void Start();
}
