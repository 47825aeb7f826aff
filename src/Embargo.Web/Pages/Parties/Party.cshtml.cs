using Embargo.Core.Access;
using Embargo.Core.Alerts;
using Embargo.Core.Parties;
using Embargo.Core.Review;
using Embargo.Hosting;
using Embargo.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Embargo.Web.Pages.Parties;

/// <summary>One monitored party: its data and its alerts; screen it again, or stop monitoring it (as the <c>/v1/parties</c> endpoints).</summary>
[Authorize(Policy = WebPolicies.Review)]
public sealed class PartyModel(EmbargoEngine engine) : PageModel
{
    public const int AlertLimit = 100;

    public Party Party { get; private set; } = null!;
    public IReadOnlyList<Alert> Alerts { get; private set; } = [];
    public int AlertTotal { get; private set; }
    public string? Notice { get; private set; }
    public string? Error { get; private set; }
    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, int? raised, int? screened, CancellationToken cancellationToken)
    {
        if (raised is { } r) Notice = $"Party added and screened: {AlertCount(r)} raised.";
        else if (screened is { } s) Notice = $"Party screened again: {AlertCount(s)} raised.";
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostScreenAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var screening = await engine.Parties.ScreenAsync(WebUser.ActorOf(User), id, cancellationToken);
            return RedirectToPage(new { id, screened = screening.Raised.Count });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (AccessDeniedException e)
        {
            return await RefusedAsync(id, StatusCodes.Status403Forbidden, $"Not allowed: {e.Message}.", cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id, bool confirm, CancellationToken cancellationToken)
    {
        // Stopping monitoring closes the party's open alerts: it takes a ticked box, not a stray click.
        if (!confirm) return await RefusedAsync(id, StatusCodes.Status400BadRequest, "Not removed: tick the box to confirm that monitoring should stop.", cancellationToken);
        try
        {
            var (party, _) = await engine.Parties.RemoveAsync(WebUser.ActorOf(User), id, cancellationToken);
            return RedirectToPage("/Parties/Index", new { removed = party.Id });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (AccessDeniedException e)
        {
            return await RefusedAsync(id, StatusCodes.Status403Forbidden, $"Not allowed: {e.Message}.", cancellationToken);
        }
    }

    private async Task<IActionResult> RefusedAsync(string id, int status, string error, CancellationToken cancellationToken)
    {
        Error = error;
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var actor = WebUser.ActorOf(User);
        Now = engine.Clock.GetUtcNow();
        try
        {
            Party = await engine.Parties.GetAsync(actor, id, cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }
        (Alerts, AlertTotal) = await engine.Alerts.ListAsync(actor, new AlertQuery { PartyId = Party.Id, Limit = AlertLimit }, cancellationToken);
        return true;
    }

    private static string AlertCount(int count) => count == 1 ? "1 new alert" : $"{count} new alerts";
}
