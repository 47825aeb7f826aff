namespace Embargo.Hosting.Jobs;

/// <summary>Where a batch job is: waiting, screening, or ended one of three ways.</summary>
public enum BatchJobStatus
{
    Queued,
    Running,
    Completed,
    Failed,
    Cancelled,
}
