using System.Security.Claims;
using Embargo.Core.Access;

namespace Embargo.Server.Security;

/// <summary>What the authentication handler records about the caller, and how endpoints read it back.</summary>
internal static class ApiKeyClaims
{
    public const string KeyId = "embargo:key";
    public const string Role = "embargo:role";
    public const string RateLimit = "embargo:rate";
    /// <summary>Who acts: the key's user, or <c>key:{id}</c> for a key of its own.</summary>
    public const string ActorId = "embargo:actor";
    public const string ActorKindClaim = "embargo:actor-kind";
    /// <summary>The caller's id when the server runs with <c>--no-auth</c>.</summary>
    public const string Anonymous = "anonymous";

    public static ClaimsPrincipal For(ApiKey key, string scheme) => For(key, Actor.ForKey(key.Id, key.Role), scheme);

    public static ClaimsPrincipal For(ApiKey key, Actor actor, string scheme) => new(new ClaimsIdentity(
    [
        new Claim(KeyId, key.Id),
        new Claim(ClaimTypes.Name, key.Name),
        new Claim(Role, actor.Role.Name()),
        new Claim(ActorId, actor.Id),
        new Claim(ActorKindClaim, actor.Kind.ToString()),
        .. key.RateLimitPerSecond is { } limit ? [new Claim(RateLimit, limit.ToString(System.Globalization.CultureInfo.InvariantCulture))] : Array.Empty<Claim>(),
    ], scheme));

    public static ClaimsPrincipal AnonymousAdmin(string scheme) => new(new ClaimsIdentity(
    [
        new Claim(KeyId, Anonymous),
        new Claim(ClaimTypes.Name, Anonymous),
        new Claim(Role, ApiRole.Admin.Name()),
        new Claim(RateLimit, "0"),
        new Claim(ActorId, Anonymous),
        new Claim(ActorKindClaim, nameof(ActorKind.Local)),
    ], scheme));

    /// <summary>The actor of an authenticated request (endpoints behind a role policy always have one).</summary>
    public static Actor ActorOf(ClaimsPrincipal user) =>
        user.FindFirst(ActorId)?.Value is { } id && RoleOf(user) is { } role
            ? new Actor(id, role, Enum.TryParse<ActorKind>(user.FindFirst(ActorKindClaim)?.Value, out var kind) ? kind : ActorKind.Key)
            : throw new InvalidOperationException("the request has no authenticated actor");

    public static string? KeyIdOf(ClaimsPrincipal user) => user.FindFirst(KeyId)?.Value;

    public static ApiRole? RoleOf(ClaimsPrincipal user) =>
        ApiRoles.TryParse(user.FindFirst(Role)?.Value, out var role) ? role : null;

    public static int? RateLimitOf(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirst(RateLimit)?.Value, System.Globalization.CultureInfo.InvariantCulture, out var limit) ? limit : null;
}
