using Embargo.Hosting;
using Embargo.Hosting.Output;
using Embargo.Server.Metrics;
using Embargo.Server.Problems;
using Embargo.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Embargo.Server.Api.V1;

/// <summary><c>POST /v1/screen</c> (one party) and <c>POST /v1/screen/many</c> (a list of parties in one call).</summary>
internal static class ScreeningEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/screen", ScreenOneAsync).RequireAuthorization(Policies.Screen)
            .WithSummary("Screen one party")
            .WithDescription("Body: {name, kind?, birth_date?, country?, id_number?, gender?, threshold?, cutoff?, limit?}. Same JSON as `embargo screen --json`.");
        api.MapPost("/screen/many", ScreenManyAsync).RequireAuthorization(Policies.Screen)
            .WithSummary("Screen many parties")
            .WithDescription("Body: {parties: [{id?, name, kind?, birth_date?, country?, id_number?, gender?}], threshold?, cutoff?, limit?}.");
    }

    private static async Task<IResult> ScreenOneAsync(HttpRequest request, EmbargoEngine engine, ServerMetrics metrics, CancellationToken cancellationToken)
    {
        var actor = ApiKeyClaims.ActorOf(request.HttpContext.User);
        using var body = await JsonRequest.ReadAsync(request, cancellationToken);
        var (_, query) = PartyReader.Read(body.RootElement, "");
        var options = PartyReader.ReadOptions(body.RootElement);
        var index = await engine.Screening.GetIndexAsync(cancellationToken);
        var results = index.Index.Screen(query, options);
        metrics.RecordScreenings("api", 1, results.Any(r => r.IsMatch) ? 1 : 0);
        engine.ScreeningLog.Screened(actor, "api", query, results, index.Snapshots);
        return Results.Json(MatchJson.Screen(query, options, index.Snapshots, results, EmbargoEngine.IsDemoOnly(index.Snapshots)));
    }

    private static async Task<IResult> ScreenManyAsync(HttpRequest request, EmbargoEngine engine, ServerMetrics metrics, ServerOptions server, CancellationToken cancellationToken)
    {
        var actor = ApiKeyClaims.ActorOf(request.HttpContext.User);
        using var body = await JsonRequest.ReadAsync(request, cancellationToken);
        var parties = JsonRequest.Array(body.RootElement, "parties", "") ?? throw new RequestFieldException("parties", "required: an array of parties");
        var count = parties.GetArrayLength();
        if (count == 0) throw new RequestFieldException("parties", "empty");
        if (count > server.MaxPartiesPerRequest)
            throw new RequestFieldException("parties", $"{count} parties; at most {server.MaxPartiesPerRequest} per request (submit a batch job for more)");
        var options = PartyReader.ReadOptions(body.RootElement);
        var queries = parties.EnumerateArray().Select((party, i) => PartyReader.Read(party, $"parties[{i}]")).ToArray();
        var index = await engine.Screening.GetIndexAsync(cancellationToken);
        var withMatch = 0;
        var results = new object[queries.Length];
        for (var i = 0; i < queries.Length; i++)
        {
            var (id, query) = queries[i];
            var matches = index.Index.Screen(query, options);
            engine.ScreeningLog.Screened(actor, "api", query, matches, index.Snapshots);
            if (matches.Any(m => m.IsMatch)) withMatch++;
            results[i] = new { id = id ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), query = MatchJson.Query(query), matched = matches.Any(m => m.IsMatch), matches = MatchJson.Matches(matches) };
        }
        metrics.RecordScreenings("api", queries.Length, withMatch);
        return Results.Json(new
        {
            snapshots = MatchJson.Snapshots(index.Snapshots),
            demo_data = EmbargoEngine.IsDemoOnly(index.Snapshots),
            threshold = options.Threshold,
            algorithm = Matching.ScreeningIndex.AlgorithmName,
            parties = queries.Length,
            parties_matched = withMatch,
            results,
        });
    }
}
