using Embargo.Hosting;
using Embargo.Web.Security;
using Embargo.Hosting.Batch;
using Embargo.Hosting.Jobs;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Embargo.Web.Pages.Batch;

/// <summary>
/// Uploads a batch file as a job, exactly as <c>POST /v1/jobs</c> does (role screen), and lists the user's recent
/// jobs (every job for an administrator).
/// </summary>
// The form limits apply before the anti-forgery check reads the form, so a large file is not cut off there.
[RequestSizeLimit(WebJobs.MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = WebJobs.MaxUploadBytes)]
public sealed class BatchModel(EmbargoEngine engine) : PageModel
{
    public const int RecentJobs = 50;

    [BindProperty]
    public BatchUploadForm Form { get; set; } = new();

    public IReadOnlyList<string> Errors { get; private set; } = [];
    public IReadOnlyList<BatchJob> Jobs { get; private set; } = [];
    public int TotalJobs { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadJobsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (settings, errors) = Form.ToSettings();
        if (settings is null)
        {
            return await RefusedAsync(errors, cancellationToken);
        }
        try
        {
            await using var upload = Form.File!.OpenReadStream();
            var job = await engine.Jobs.SubmitAsync(WebJobs.OwnerOf(User), upload, settings.InputName, settings, WebJobs.MaxUploadBytes, cancellationToken);
            engine.ScreeningLog.Submitted(WebUser.ActorOf(User), "web", job);
            return RedirectToPage("/Batch/Job", new { id = job.Id });
        }
        catch (BatchInputException e)
        {
            return await RefusedAsync(["File: " + e.Message], cancellationToken);
        }
    }

    private async Task<IActionResult> RefusedAsync(IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadJobsAsync(cancellationToken);
        return Page();
    }

    private async Task LoadJobsAsync(CancellationToken cancellationToken)
    {
        var all = await engine.Jobs.ListAsync(WebJobs.ListedOwner(User), cancellationToken);
        TotalJobs = all.Count;
        Jobs = [.. all.Take(RecentJobs)];
    }
}
