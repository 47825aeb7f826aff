using Embargo.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;

namespace Embargo.Web.Security;

/// <summary>
/// Checks every signed-in request against the user store, so that a disabled user, a changed password or changed
/// roles take effect at once rather than when the cookie expires.
/// </summary>
internal static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var engine = context.HttpContext.RequestServices.GetRequiredService<EmbargoEngine>();
        var id = context.Principal is null ? null : WebUser.IdOf(context.Principal);
        var user = id is null ? null : await engine.Users.FindAsync(id, context.HttpContext.RequestAborted);
        if (user is null || user.Disabled || WebUser.Stamp(user) != context.Principal!.FindFirst(WebUser.StampClaim)?.Value)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(WebUser.Scheme);
            return;
        }
        if (WebUser.RoleOf(context.Principal) != user.Role || context.Principal.Identity?.Name != user.Name)
            context.ReplacePrincipal(WebUser.Principal(user));
    }
}
