using Embargo.Core.Access;
using Embargo.Hosting;
using Embargo.Hosting.Access;
using Embargo.Hosting.Output;
using Embargo.Server.Problems;
using Embargo.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Embargo.Server.Api.V1;

/// <summary>
/// Users and API keys (role <c>admin</c>): <c>GET|POST /v1/users</c>, <c>POST /v1/users/{id}/disable|enable</c>,
/// <c>PUT /v1/users/{id}/roles</c>; <c>POST /v1/keys</c> (the token is in the response, once), <c>DELETE /v1/keys/{id}</c>.
/// </summary>
internal static class UserEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/users", ListAsync).RequireAuthorization(Policies.Admin).WithSummary("Users and their roles");
        api.MapPost("/users", AddAsync).RequireAuthorization(Policies.Admin).WithSummary("Register a user")
            .WithDescription("Body: {id, name?, roles: [review|approve|admin], password?}.");
        api.MapPost("/users/{id}/disable", (string id, HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken) =>
            ChangeAsync(context, engine.Users.DisableAsync(ApiKeyClaims.ActorOf(context.User), id, cancellationToken)))
            .RequireAuthorization(Policies.Admin).WithSummary("Disable a user (their keys stop working)");
        api.MapPost("/users/{id}/enable", (string id, HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken) =>
            ChangeAsync(context, engine.Users.EnableAsync(ApiKeyClaims.ActorOf(context.User), id, cancellationToken)))
            .RequireAuthorization(Policies.Admin).WithSummary("Enable a user again");
        api.MapPut("/users/{id}/roles", SetRolesAsync).RequireAuthorization(Policies.Admin).WithSummary("Replace a user's roles (body: {roles: [...]})");
        api.MapPost("/keys", CreateKeyAsync).RequireAuthorization(Policies.Admin).WithSummary("Create an API key (shown once)")
            .WithDescription("Body: {name, role, user_id?, rate_limit_per_second?}.");
        api.MapDelete("/keys/{id}", RevokeKeyAsync).RequireAuthorization(Policies.Admin).WithSummary("Revoke an API key");
    }

    private static async Task<IResult> ListAsync(EmbargoEngine engine, CancellationToken cancellationToken) =>
        Results.Json(UserJson.Users(await engine.Users.ListAsync(cancellationToken)));

    private static async Task<IResult> AddAsync(HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken)
    {
        using var body = await JsonRequest.ReadAsync(context.Request, cancellationToken);
        var root = body.RootElement;
        var id = JsonRequest.String(root, "id", "") ?? throw new RequestFieldException("id", "required: the user's login name");
        var user = await engine.Users.AddAsync(ApiKeyClaims.ActorOf(context.User), id, JsonRequest.String(root, "name", ""),
            Roles(JsonRequest.Strings(root, "roles", "") ?? []), JsonRequest.String(root, "password", ""), cancellationToken);
        return Results.Json(UserJson.User(user), statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> SetRolesAsync(string id, HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken)
    {
        using var body = await JsonRequest.ReadAsync(context.Request, cancellationToken);
        var roles = JsonRequest.Strings(body.RootElement, "roles", "") ?? throw new RequestFieldException("roles", "required: an array of roles (may be empty)");
        return await ChangeAsync(context, engine.Users.SetRolesAsync(ApiKeyClaims.ActorOf(context.User), id, Roles(roles), cancellationToken));
    }

    private static async Task<IResult> ChangeAsync(HttpContext context, Task<User> change) => Results.Json(UserJson.User(await change));

    private static IReadOnlyList<ApiRole> Roles(IReadOnlyList<string> names) => UserService.ParseRoles(string.Join(',', names));

    private static async Task<IResult> CreateKeyAsync(HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken)
    {
        using var body = await JsonRequest.ReadAsync(context.Request, cancellationToken);
        var root = body.RootElement;
        var name = JsonRequest.String(root, "name", "") ?? throw new RequestFieldException("name", "required: who or what the key is for");
        var roleText = JsonRequest.String(root, "role", "");
        if (!ApiRoles.TryParse(roleText, out var role)) throw new RequestFieldException("role", $"'{roleText}' is not one of screen, review, approve, admin");
        var rate = JsonRequest.Integer(root, "rate_limit_per_second", "", 0, 1_000_000);
        try
        {
            var (key, token) = await engine.Keys.CreateAsync(ApiKeyClaims.ActorOf(context.User), name, role, rate, JsonRequest.String(root, "user_id", ""), cancellationToken);
            return Results.Json(new { id = key.Id, name = key.Name, role = key.Role.Name(), user_id = key.UserId, token }, statusCode: StatusCodes.Status201Created);
        }
        catch (ArgumentException e)
        {
            throw new RequestFieldException("name", e.Message);
        }
    }

    private static async Task<IResult> RevokeKeyAsync(string id, HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken) =>
        await engine.Keys.RevokeAsync(ApiKeyClaims.ActorOf(context.User), id, cancellationToken)
            ? Results.Json(new { id, revoked = true })
            : Problems.Problems.NotFound($"no active key '{id}'");
}
