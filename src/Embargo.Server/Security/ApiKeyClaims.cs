using System.Security.Claims;
using Embargo.Core.Access;

namespace Embargo.Server.Security;

/// <summary>What the authentication handler records about the caller, and how endpoints read it back.</summary>
internal static class ApiKeyClaims
{
    public const string KeyId = "embargo:key";
    public const string Role = "embargo:role";
    public const string RateLimit = "embargo:rate";
    /// <summary>The caller's id when the server runs with <c>--no-auth</c>.</summary>
    public const string Anonymous = "anonymous";

    public static ClaimsPrincipal For(ApiKey key, string scheme) => new(new ClaimsIdentity(
    [
        new Claim(KeyId, key.Id),
        new Claim(ClaimTypes.Name, key.Name),
        new Claim(Role, key.Role.Name()),
        .. key.RateLimitPerSecond is { } limit ? [new Claim(RateLimit, limit.ToString(System.Globalization.CultureInfo.InvariantCulture))] : Array.Empty<Claim>(),
    ], scheme));

    public static ClaimsPrincipal AnonymousAdmin(string scheme) => new(new ClaimsIdentity(
    [
        new Claim(KeyId, Anonymous),
        new Claim(ClaimTypes.Name, Anonymous),
        new Claim(Role, ApiRole.Admin.Name()),
        new Claim(RateLimit, "0"),
    ], scheme));

    public static string? KeyIdOf(ClaimsPrincipal user) => user.FindFirst(KeyId)?.Value;

    public static ApiRole? RoleOf(ClaimsPrincipal user) =>
        ApiRoles.TryParse(user.FindFirst(Role)?.Value, out var role) ? role : null;

    public static int? RateLimitOf(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirst(RateLimit)?.Value, System.Globalization.CultureInfo.InvariantCulture, out var limit) ? limit : null;
}
