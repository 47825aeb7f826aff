using Embargo.Core.Access;
using Embargo.Core.Audit;
using Embargo.Hosting;
using Embargo.Hosting.Access;
using Embargo.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Embargo.Web.Pages;

/// <summary>Signs a user in with their password and sets the session cookie.</summary>
public sealed class SignInModel(EmbargoEngine engine, SignInThrottle throttle) : PageModel
{
    public string? Error { get; private set; }
    public bool NoUsers { get; private set; }
    public string? UserId { get; private set; }
    public string ReturnUrl { get; private set; } = WebInterface.Root + "/screen";

    public async Task OnGetAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        ReturnUrl = SafeReturn(returnUrl);
        NoUsers = (await engine.Users.ListAsync(cancellationToken)).Count == 0;
    }

    public async Task<IActionResult> OnPostAsync(string? user, string? password, string? returnUrl, CancellationToken cancellationToken)
    {
        ReturnUrl = SafeReturn(returnUrl);
        UserId = user;
        var id = user?.Trim().ToLowerInvariant() ?? "";
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (throttle.WaitFor(id, address) is { } wait)
        {
            // Not recorded: a guessing script would otherwise fill the trail.
            Error = $"Too many failed sign-ins. Try again in {Math.Ceiling(wait.TotalMinutes):0} minutes.";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        var found = id.Length == 0 || string.IsNullOrEmpty(password) ? null : await engine.Users.SignInAsync(id, password, cancellationToken);
        if (found is null)
        {
            throttle.Failed(id, address);
            await RecordAsync(id, AuditActions.UserSignInRefused, "wrong user or password, or user disabled", cancellationToken);
            // One message for every failure: it must not tell which user ids exist.
            Error = "The user or the password is wrong, or the user is disabled.";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        throttle.Succeeded(id);
        await RecordAsync(found.Id, AuditActions.UserSignIn, null, cancellationToken);
        await HttpContext.SignInAsync(WebUser.Scheme, WebUser.Principal(found), new AuthenticationProperties { IsPersistent = false });
        return LocalRedirect(ReturnUrl);
    }

    /// <summary>Sign-ins go into the audit trail: who used the interface, and every refused try, with its address.</summary>
    private Task RecordAsync(string id, string action, string? reason, CancellationToken cancellationToken) =>
        engine.Audit.RecordEventAsync(new Actor(id.Length == 0 ? "unknown" : id, ApiRole.Screen, ActorKind.User), action, UserService.Subject(id),
            new { address = HttpContext.Connection.RemoteIpAddress?.ToString(), reason }, cancellationToken);

    /// <summary>Only a path of this interface: never an open redirect to another site.</summary>
    private static string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith(WebInterface.Root + "/", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : WebInterface.Root + "/screen";
}
