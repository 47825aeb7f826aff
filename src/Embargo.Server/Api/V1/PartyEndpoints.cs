using System.Text.Json;
using Embargo.Core.Parties;
using Embargo.Hosting;
using Embargo.Hosting.Output;
using Embargo.Hosting.Parties;
using Embargo.Server.Problems;
using Embargo.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Embargo.Server.Api.V1;

/// <summary>
/// Monitored parties (role <c>review</c>): <c>GET /v1/parties</c>, <c>POST /v1/parties</c> (register and screen),
/// <c>GET|PUT|DELETE /v1/parties/{id}</c>, <c>POST /v1/parties/{id}/screen</c>.
/// </summary>
internal static class PartyEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/parties", ListAsync).RequireAuthorization(Policies.Review).WithSummary("Monitored parties, by id (prefix, offset, limit)");
        api.MapPost("/parties", AddAsync).RequireAuthorization(Policies.Review).WithSummary("Register a party and screen it")
            .WithDescription("Body: {id, name, kind?, aliases?, birth_date?, country?, id_number?, gender?, address?, screen? (default true)}. 201 with the party and the alerts raised.");
        api.MapGet("/parties/{id}", GetAsync).RequireAuthorization(Policies.Review).WithSummary("A monitored party");
        api.MapPut("/parties/{id}", UpdateAsync).RequireAuthorization(Policies.Review).WithSummary("Change a party (fields given; the others stay) and screen it again");
        api.MapDelete("/parties/{id}", RemoveAsync).RequireAuthorization(Policies.Review).WithSummary("Stop monitoring a party; its open alerts close");
        api.MapPost("/parties/{id}/screen", ScreenAsync).RequireAuthorization(Policies.Review).WithSummary("Screen a party again now");
    }

    private static async Task<IResult> ListAsync(HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken)
    {
        var query = new PartyQuery
        {
            IdPrefix = QueryParameters.Text(context.Request, "prefix"),
            NameContains = QueryParameters.Text(context.Request, "name"),
            Offset = QueryParameters.Integer(context.Request, "offset", 0, int.MaxValue) ?? 0,
            Limit = QueryParameters.Integer(context.Request, "limit", 1, PartyService.MaxPageSize) ?? 100,
        };
        var parties = await engine.Parties.ListAsync(ApiKeyClaims.ActorOf(context.User), query, cancellationToken);
        return Results.Json(new { total = await engine.Parties.CountAsync(cancellationToken), parties = PartyJson.Parties(parties) });
    }

    private static async Task<IResult> AddAsync(HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken)
    {
        using var body = await JsonRequest.ReadAsync(context.Request, cancellationToken);
        var id = JsonRequest.String(body.RootElement, "id", "") ?? throw new RequestFieldException("id", "required: your own id for the party");
        var (party, screening) = await engine.Parties.AddAsync(ApiKeyClaims.ActorOf(context.User), id, Input(body.RootElement),
            JsonRequest.Boolean(body.RootElement, "screen", "") ?? true, cancellationToken);
        return Results.Json(new { party = PartyJson.Party(party), screening = screening is null ? null : AlertJson.Screening(screening) },
            statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken) =>
        Results.Json(PartyJson.Party(await engine.Parties.GetAsync(ApiKeyClaims.ActorOf(context.User), id, cancellationToken)));

    private static async Task<IResult> UpdateAsync(string id, HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken)
    {
        using var body = await JsonRequest.ReadAsync(context.Request, cancellationToken);
        var (save, screening) = await engine.Parties.UpdateAsync(ApiKeyClaims.ActorOf(context.User), id, Input(body.RootElement),
            JsonRequest.Boolean(body.RootElement, "screen", "") ?? true, cancellationToken);
        return Results.Json(new
        {
            party = PartyJson.Party(save.Party),
            changed = save.Outcome == PartySaveOutcome.Updated,
            screening = screening is null ? null : AlertJson.Screening(screening),
        });
    }

    private static async Task<IResult> RemoveAsync(string id, HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken)
    {
        var (party, closed) = await engine.Parties.RemoveAsync(ApiKeyClaims.ActorOf(context.User), id, cancellationToken);
        return Results.Json(new { party_id = party.Id, removed = true, closed_alerts = closed.Select(a => a.Id) });
    }

    private static async Task<IResult> ScreenAsync(string id, HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken) =>
        Results.Json(AlertJson.Screening(await engine.Parties.ScreenAsync(ApiKeyClaims.ActorOf(context.User), id, cancellationToken)));

    private static PartyInput Input(JsonElement body) => new()
    {
        Name = JsonRequest.String(body, "name", ""),
        Kind = JsonRequest.String(body, "kind", "") ?? JsonRequest.String(body, "type", ""),
        Aliases = JsonRequest.Strings(body, "aliases", ""),
        BirthDate = JsonRequest.String(body, "birth_date", ""),
        Country = JsonRequest.String(body, "country", ""),
        IdNumber = JsonRequest.String(body, "id_number", ""),
        Gender = JsonRequest.String(body, "gender", ""),
        Address = JsonRequest.String(body, "address", ""),
    };
}
