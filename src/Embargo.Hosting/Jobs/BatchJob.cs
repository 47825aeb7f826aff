using Embargo.Hosting.Batch;

namespace Embargo.Hosting.Jobs;

/// <summary>
/// A batch screening job submitted over the API: who submitted it, its settings, and how far it got. Saved as
/// <c>job.json</c> in the job's folder, so a restarted server knows its jobs and resumes the unfinished ones.
/// </summary>
public sealed record BatchJob
{
    public required string Id { get; init; }
    /// <summary>The API key (or user) that submitted it; only they and administrators see it.</summary>
    public required string Owner { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required string InputName { get; init; }
    public BatchInputFormat? InputFormat { get; init; }
    public BatchOutputFormat OutputFormat { get; init; } = BatchOutputFormat.Jsonl;
    public double Threshold { get; init; }
    public IReadOnlyList<string> Map { get; init; } = [];
    public BatchJobStatus Status { get; init; }
    public long Records { get; init; }
    public long WithMatches { get; init; }
    public long Errors { get; init; }
    public double? Fraction { get; init; }
    public double RecordsPerSecond { get; init; }
    public double? SecondsRemaining { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public string? Error { get; init; }
    public BatchSummary? Summary { get; init; }

    public bool IsFinished => Status is BatchJobStatus.Completed or BatchJobStatus.Failed or BatchJobStatus.Cancelled;
}
