using Embargo.Hosting;
using Embargo.Lists.Download;
using Embargo.Lists.Import;
using Embargo.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Embargo.Web.Pages.Lists;

/// <summary>
/// "Update now": downloads a source's official files (or every source's) and imports what changed, as
/// <c>embargo lists update</c> does. Administrators only, like every list change over HTTP; a source that fails
/// leaves its active snapshot unchanged and its error is shown as the service gives it.
/// </summary>
[Authorize(Policy = WebPolicies.Admin)]
public sealed class ListUpdateModel(EmbargoEngine engine) : PageModel
{
    /// <summary>Fewer attempts than the command line's four: a person is waiting for the page.</summary>
    private static readonly DownloadOptions Download = new() { AttemptTimeout = TimeSpan.FromSeconds(60), MaxAttempts = 2 };

    public IReadOnlyList<UpdateResult> Results { get; private set; } = [];
    public string? Error { get; private set; }

    public IActionResult OnGet() => RedirectToPage("/Lists/Index");

    public async Task<IActionResult> OnPostAsync(string? source, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> sources;
        try
        {
            sources = ListCatalog.UpdateSources(string.IsNullOrWhiteSpace(source) ? null : source.Trim());
        }
        catch (ListCatalogException e)
        {
            Error = "Source: " + e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var actor = WebUser.ActorOf(User);
        var results = new List<UpdateResult>(sources.Count);
        foreach (var s in sources)
            results.Add(await engine.Lists.UpdateAsync(s, null, Download, ImportOptions.Default, null, actor, cancellationToken));
        Results = results;
        if (results.All(r => !r.Succeeded)) Response.StatusCode = StatusCodes.Status502BadGateway;
        return Page();
    }
}
