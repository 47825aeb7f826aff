using Embargo.Core.Access;
using Embargo.Core.Parties;
using Embargo.Hosting;
using Embargo.Hosting.Batch;
using Embargo.Hosting.Parties;
using Embargo.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Embargo.Web.Pages.Parties;

/// <summary>
/// Adds or updates parties from an uploaded batch file (CSV or JSON Lines with an id column) and screens those added
/// or changed, as <c>embargo parties import</c> does.
/// </summary>
[Authorize(Policy = WebPolicies.Review)]
public sealed class ImportPartiesModel(EmbargoEngine engine) : PageModel
{
    public const long MaxFileBytes = 50L * 1024 * 1024;
    public const int ShownErrors = 50;

    public PartyImportResult? Result { get; private set; }
    public int Raised { get; private set; }
    public string? FileName { get; private set; }
    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    [RequestSizeLimit(MaxFileBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxFileBytes + 64 * 1024)]
    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0) return Refused(StatusCodes.Status400BadRequest, "File: choose a CSV or JSON Lines file to import.");
        if (file.Length > MaxFileBytes) return Refused(StatusCodes.Status400BadRequest, $"File: larger than {MaxFileBytes / (1024 * 1024)} MB.");
        FileName = Path.GetFileName(file.FileName);
        var actor = WebUser.ActorOf(User);
        try
        {
            await using var input = file.OpenReadStream();
            Result = await engine.Parties.ImportAsync(actor, input, FileName, new BatchOptions(), ScreenAsync, cancellationToken);
            return Page();
        }
        catch (BatchInputException e)
        {
            return Refused(StatusCodes.Status400BadRequest, $"The file cannot be read: {e.Message}");
        }
        catch (AccessDeniedException e)
        {
            return Refused(StatusCodes.Status403Forbidden, $"Not allowed: {e.Message}.");
        }

        // Screens each party added or changed, as the CLI does, counting the alerts raised.
        async Task ScreenAsync(IReadOnlyList<PartySave> saves, CancellationToken token)
        {
            foreach (var save in saves) Raised += (await engine.Parties.ScreenSavedAsync(actor, save, token))?.Raised.Count ?? 0;
        }
    }

    private PageResult Refused(int status, string error)
    {
        Error = error;
        Response.StatusCode = status;
        return Page();
    }
}
