namespace Embargo.Hosting.Jobs;

/// <summary>A batch job as JSON (<c>GET /v1/jobs/{id}</c>, and what the web job page polls): field names are part of the interface.</summary>
public static class BatchJobJson
{
    /// <param name="results">Where the results are fetched once the job has completed (each front end has its own address).</param>
    public static object Describe(BatchJob job, string results) => new
    {
        id = job.Id,
        status = job.Status.ToString().ToLowerInvariant(),
        input = job.InputName,
        created_at = job.CreatedAt,
        finished_at = job.FinishedAt,
        records = job.Records,
        with_matches = job.WithMatches,
        errors = job.Errors,
        progress = job.Fraction is { } f ? Math.Round(f, 4) : (double?)null,
        records_per_second = Math.Round(job.RecordsPerSecond, 1),
        seconds_remaining = job.SecondsRemaining is { } s ? Math.Round(s, 1) : (double?)null,
        error = job.Error,
        summary = job.Summary,
        results = job.Status == BatchJobStatus.Completed ? results : null,
    };
}
