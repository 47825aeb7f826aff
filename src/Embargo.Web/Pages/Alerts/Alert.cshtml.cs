using Embargo.Core.Access;
using Embargo.Core.Alerts;
using Embargo.Core.Model;
using Embargo.Core.Review;
using Embargo.Hosting;
using Embargo.Matching.Explain;
using Embargo.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Embargo.Web.Pages.Alerts;

/// <summary>
/// One alert: party and listed entity side by side, the score and why, the history; and the review steps with the
/// roles of the <c>/v1/alerts</c> endpoints (review: comment, assign, decide, escalate, reopen; approve: approve and
/// reject). Every step carries the version the reviewer looked at, so a change made meanwhile is a conflict shown as
/// such, never overwritten. Four eyes is the hosting service's rule; the page shows its refusal.
/// </summary>
[Authorize(Policy = WebPolicies.Review)]
public sealed class AlertModel(EmbargoEngine engine) : PageModel
{
    public Alert Alert { get; private set; } = null!;
    public IReadOnlyList<AlertEvent> History { get; private set; } = [];
    public ListEntry? Entity { get; private set; }
    public IReadOnlyList<ComparedField> Fields { get; private set; } = [];
    public MatchExplanation? Explanation { get; private set; }
    public string? Error { get; private set; }
    /// <summary>True when the error is a stale version: the page then shows the alert as it stands now.</summary>
    public bool Conflict { get; private set; }
    public string? Done { get; private set; }
    /// <summary>The comment typed with a step that was refused: given back in the form, not lost.</summary>
    public string? Typed { get; private set; }

    public bool CanReview => WebUser.Grants(User, ApiRole.Review);
    public bool CanApprove => WebUser.Grants(User, ApiRole.Approve);
    public bool DecidedByMe => string.Equals(Alert.DecidedBy, WebUser.IdOf(User), StringComparison.Ordinal);

    public async Task<IActionResult> OnGetAsync(long id, string? done, CancellationToken cancellationToken)
    {
        Done = done switch
        {
            "commented" => "Your comment was added.",
            "assigned" => "The assignment was saved.",
            "decided" => "Your decision was saved.",
            "escalated" => "The alert was escalated.",
            "approved" => "The decision was approved: the alert is decided.",
            "rejected" => "The decision was rejected and the alert sent back for review.",
            "reopened" => "The alert was reopened.",
            _ => null,
        };
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostCommentAsync(long id, string? text, CancellationToken cancellationToken) =>
        StepAsync(id, "commented", null, () => engine.Alerts.CommentAsync(Actor, id, text ?? "", cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAssignAsync(long id, int version, string? assignee, bool toMe, CancellationToken cancellationToken) =>
        StepAsync(id, "assigned", null, () => engine.Alerts.AssignAsync(Actor, id, version, toMe ? Actor.Id : assignee, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostDecideAsync(long id, int version, string? decision, string? comment, CancellationToken cancellationToken) =>
        StepAsync(id, "decided", comment, () => AlertStatuses.TryParseDecision(decision, out var d)
            ? engine.Alerts.DecideAsync(Actor, id, version, d, comment, cancellationToken)
            : throw new InvalidRequestException($"'{decision}' is not true_match or false_positive", "decision"), cancellationToken);

    public Task<IActionResult> OnPostEscalateAsync(long id, int version, string? comment, CancellationToken cancellationToken) =>
        StepAsync(id, "escalated", comment, () => engine.Alerts.EscalateAsync(Actor, id, version, comment, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReopenAsync(long id, int version, string? comment, CancellationToken cancellationToken) =>
        StepAsync(id, "reopened", comment, () => engine.Alerts.ReopenAsync(Actor, id, version, comment, cancellationToken), cancellationToken);

    // Razor Pages have no per-handler policy: the approve role is checked here, as POST /v1/alerts/{id}/approve requires it.
    public async Task<IActionResult> OnPostApproveAsync(long id, int version, string? comment, CancellationToken cancellationToken) =>
        !CanApprove ? Forbid(WebUser.Scheme)
        : await StepAsync(id, "approved", comment, () => engine.Alerts.ApproveAsync(Actor, id, version, comment, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostRejectAsync(long id, int version, string? comment, CancellationToken cancellationToken) =>
        !CanApprove ? Forbid(WebUser.Scheme)
        : await StepAsync(id, "rejected", comment, () => engine.Alerts.RejectAsync(Actor, id, version, comment, cancellationToken), cancellationToken);

    private Actor Actor => WebUser.ActorOf(User);

    /// <summary>Runs one step; on success back to the alert (post/redirect/get), else the alert as it is now with the refusal.</summary>
    private async Task<IActionResult> StepAsync(long id, string done, string? typed, Func<Task> step, CancellationToken cancellationToken)
    {
        Typed = typed;
        try
        {
            await step();
            return RedirectToPage(new { id, done });
        }
        catch (AlertConflictException e)
        {
            Conflict = true;
            return await RefusedAsync(id, StatusCodes.Status409Conflict,
                $"Someone else changed this alert while you were looking at it (you saw version {e.ExpectedVersion}, it is now at version {e.CurrentVersion}). " +
                "Nothing was saved. Below is the alert as it stands now: look at it again and retry if it still applies.", cancellationToken);
        }
        catch (ConflictException e)
        {
            Conflict = true;
            return await RefusedAsync(id, StatusCodes.Status409Conflict, $"Not saved: {e.Message}. Below is the alert as it stands now.", cancellationToken);
        }
        catch (AccessDeniedException e)
        {
            return await RefusedAsync(id, StatusCodes.Status403Forbidden, $"Not allowed: {e.Message}.", cancellationToken);
        }
        catch (InvalidRequestException e)
        {
            return await RefusedAsync(id, StatusCodes.Status400BadRequest, $"Not saved: {(e.Field is null ? "" : e.Field + ": ")}{e.Message}.", cancellationToken);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    private async Task<IActionResult> RefusedAsync(long id, int status, string error, CancellationToken cancellationToken)
    {
        Error = error;
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        try
        {
            (Alert, History) = await engine.Alerts.GetDetailedAsync(Actor, id, cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }
        try
        {
            Entity = EntryJson.Deserialize(Alert.EntityData);
            Fields = AlertComparison.Compare(Alert.PartyData, Entity);
        }
        catch (System.Text.Json.JsonException)
        {
            // The stored data is not readable as this version expects: the page still shows the alert and its review.
            Entity = null;
        }
        Explanation = StoredExplanation.Read(Alert.Explanation);
        return true;
    }
}
