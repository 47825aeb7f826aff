using System.Security.Claims;
using Embargo.Core.Access;

namespace Embargo.Web.Security;

/// <summary>What the sign-in cookie holds about a user, and how pages read it back.</summary>
public static class WebUser
{
    public const string Scheme = "embargo-web";
    public const string IdClaim = "embargo:user";
    public const string RoleClaim = "embargo:role";
    /// <summary>The user's password hash when the cookie was issued: a changed password ends every older session.</summary>
    public const string StampClaim = "embargo:stamp";

    public static ClaimsPrincipal Principal(User user) => new(new ClaimsIdentity(
    [
        new Claim(IdClaim, user.Id),
        new Claim(ClaimTypes.Name, user.Name),
        new Claim(RoleClaim, user.Role.Name()),
        new Claim(StampClaim, Stamp(user)),
    ], Scheme, ClaimTypes.Name, RoleClaim));

    public static string? IdOf(ClaimsPrincipal principal) => principal.FindFirst(IdClaim)?.Value;

    public static ApiRole? RoleOf(ClaimsPrincipal principal) =>
        ApiRoles.TryParse(principal.FindFirst(RoleClaim)?.Value, out var role) ? role : null;

    /// <summary>The actor of a signed-in page request (pages behind a role policy always have one).</summary>
    public static Actor ActorOf(ClaimsPrincipal principal) =>
        IdOf(principal) is { } id && RoleOf(principal) is { } role
            ? new Actor(id, role, ActorKind.User)
            : throw new InvalidOperationException("the request has no signed-in user");

    public static bool Grants(ClaimsPrincipal principal, ApiRole required) => RoleOf(principal) is { } role && role.Grants(required);

    /// <summary>A short fingerprint of the password hash (the hash itself never goes into a cookie).</summary>
    public static string Stamp(User user) =>
        user.PasswordHash is null ? "" : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(user.PasswordHash)), 0, 8);
}
