using Embargo.Hosting;
using Embargo.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Embargo.Web.Pages;

/// <summary>Signs a user in with their password and sets the session cookie.</summary>
public sealed class SignInModel(EmbargoEngine engine) : PageModel
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
        var found = string.IsNullOrWhiteSpace(user) || string.IsNullOrEmpty(password)
            ? null
            : await engine.Users.SignInAsync(user.Trim().ToLowerInvariant(), password, cancellationToken);
        if (found is null)
        {
            // One message for every failure: it must not tell which user ids exist.
            Error = "The user or the password is wrong, or the user is disabled.";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        await HttpContext.SignInAsync(WebUser.Scheme, WebUser.Principal(found), new AuthenticationProperties { IsPersistent = false });
        return LocalRedirect(ReturnUrl);
    }

    /// <summary>Only a path of this interface: never an open redirect to another site.</summary>
    private static string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith(WebInterface.Root + "/", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : WebInterface.Root + "/screen";
}
