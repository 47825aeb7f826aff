using Embargo.Hosting;
using Embargo.Hosting.Batch;
using Embargo.Hosting.Jobs;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Embargo.Web.Pages.Batch;

/// <summary>
/// One batch job: its progress (live through <c>?handler=Progress</c>, a page refresh without JavaScript), its summary,
/// the results to download and cancelling; as <c>/v1/jobs/{id}</c>, only the submitter and administrators see it.
/// </summary>
public sealed class BatchJobModel(EmbargoEngine engine) : PageModel
{
    public BatchJob Job { get; private set; } = null!;
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } job) return NotFound();
        Job = job;
        return Page();
    }

    /// <summary>What the page's script polls: the job's state in the JSON of <c>GET /v1/jobs/{id}</c>.</summary>
    public async Task<IActionResult> OnGetProgressAsync(string id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } job) return NotFound();
        Response.Headers.CacheControl = "no-store";
        return new JsonResult(BatchJobJson.Describe(job, $"/ui/batch/{Uri.EscapeDataString(job.Id)}?handler=Results"));
    }

    /// <summary>The results file, as <c>GET /v1/jobs/{id}/results</c> serves it once the job has completed.</summary>
    public async Task<IActionResult> OnGetResultsAsync(string id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } job) return NotFound();
        Job = job;
        if (job.Status != BatchJobStatus.Completed)
        {
            Error = $"The job is {WebJobs.StatusName(job.Status)}; results are served once it has completed.";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        var csv = job.OutputFormat == BatchOutputFormat.Csv;
        Response.ContentType = csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{job.Id}-results.{(csv ? "csv" : "jsonl")}\"";
        if (await engine.Jobs.CopyResultsAsync(job.Id, Response.Body, cancellationToken)) return new EmptyResult();
        // Nothing was written: the results file is gone (cleaned up, or on a node that no longer holds it).
        Response.Headers.Remove("Content-Disposition");
        Response.ContentType = "text/html; charset=utf-8";
        Error = "The results of this job are no longer stored.";
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(string id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } job) return NotFound();
        if (!await engine.Jobs.CancelAsync(id, cancellationToken))
        {
            Job = await FindAsync(id, cancellationToken) ?? job;
            Error = $"The job has already ended ({WebJobs.StatusName(Job.Status)}).";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return RedirectToPage("/Batch/Job", new { id });
    }

    private async Task<BatchJob?> FindAsync(string id, CancellationToken cancellationToken) =>
        WebJobs.Visible(await engine.Jobs.GetAsync(id, cancellationToken), User);
}
