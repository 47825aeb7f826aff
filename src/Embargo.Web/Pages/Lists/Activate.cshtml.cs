using Embargo.Core.Model;
using Embargo.Hosting;
using Embargo.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Embargo.Web.Pages.Lists;

/// <summary>Makes a stored snapshot its source's active one (pin or roll back), as <c>POST /v1/snapshots/{source}/{version}/activate</c> (administrators).</summary>
[Authorize(Policy = WebPolicies.Admin)]
public sealed class ListActivateModel(EmbargoEngine engine) : PageModel
{
    public string? Error { get; private set; }

    public IActionResult OnGet() => RedirectToPage("/Lists/Index");

    public async Task<IActionResult> OnPostAsync(string? source, string? version, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(source) || !ListSources.IsValid(source))
            return Refused($"Source: '{source}' is not a source id.");
        if (string.IsNullOrWhiteSpace(version))
            return Refused("Version: required.");
        try
        {
            await engine.Lists.ActivateAsync(source, version, WebUser.ActorOf(User), cancellationToken);
        }
        catch (ListCatalogException e)
        {
            return Refused(e.Message);
        }
        return Redirect($"{WebInterface.Root}/lists#source-{Uri.EscapeDataString(source)}");
    }

    private PageResult Refused(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
