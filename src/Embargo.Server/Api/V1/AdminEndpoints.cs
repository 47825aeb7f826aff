using Embargo.Core.Access;
using Embargo.Core.Model;
using Embargo.Hosting;
using Embargo.Hosting.Access;
using Embargo.Hosting.Output;
using Embargo.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Embargo.Server.Api.V1;

/// <summary>What only administrators may do over HTTP: see the keys, pin or roll back a list version.</summary>
internal static class AdminEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/keys", ListKeysAsync).RequireAuthorization(Policies.Admin).WithSummary("API keys (never their secrets)");
        api.MapPost("/snapshots/{source}/{version}/activate", ActivateAsync).RequireAuthorization(Policies.Admin)
            .WithSummary("Make a stored snapshot the active one for its source (pin or roll back)");
    }

    private static async Task<IResult> ListKeysAsync(ApiKeyService keys, CancellationToken cancellationToken)
    {
        var all = await keys.ListAsync(cancellationToken);
        return Results.Json(ListJson.Keys(all));
    }

    private static async Task<IResult> ActivateAsync(string source, string version, EmbargoEngine engine, HttpContext context, CancellationToken cancellationToken)
    {
        if (!ListSources.IsValid(source)) throw new Problems.RequestFieldException("source", $"'{source}' is not a source id");
        var snapshot = await engine.Lists.ActivateAsync(source, version, ApiKeyClaims.ActorOf(context.User), cancellationToken);
        return Results.Json(new { source = snapshot.Source, version = snapshot.Version, active = true });
    }
}
