namespace Embargo.Hosting.Batch;

/// <summary>Consecutive records handed to one worker, their outcomes once screened, and how much input had been read when they were.</summary>
internal sealed class BatchChunk(BatchRecord[] records, long inputPosition)
{
    public BatchRecord[] Records { get; } = records;
    public BatchOutcome[] Outcomes { get; } = new BatchOutcome[records.Length];
    public long InputPosition { get; } = inputPosition;

    /// <summary>Completed by the worker; the writer awaits chunks in input order.</summary>
    public TaskCompletionSource Screened { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
