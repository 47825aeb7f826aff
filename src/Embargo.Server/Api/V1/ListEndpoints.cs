using Embargo.Core.Model;
using Embargo.Hosting;
using Embargo.Hosting.Output;
using Embargo.Matching;
using Embargo.Matching.Explain;
using Embargo.Server.Problems;
using Embargo.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Embargo.Server.Api.V1;

/// <summary>Entities, snapshots, diffs and the algorithm: what the lists hold and how decisions are made.</summary>
internal static class ListEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/entities/{id}", GetEntityAsync).RequireAuthorization(Policies.Screen)
            .WithSummary("One listed entity, as published").WithDescription("`version` picks a stored snapshot (default: the active one).");
        api.MapGet("/snapshots", GetActiveAsync).RequireAuthorization(Policies.Screen).WithSummary("The active list snapshots");
        api.MapGet("/snapshots/{source}", GetHistoryAsync).RequireAuthorization(Policies.Screen).WithSummary("Every stored snapshot of one source, newest first");
        api.MapGet("/diff", GetDiffAsync).RequireAuthorization(Policies.Screen)
            .WithSummary("What changed between two snapshots").WithDescription("`source`, `from`, `to` as in `embargo lists diff`; default: each active snapshot against the one before it.");
        api.MapGet("/algorithm", GetAlgorithm).RequireAuthorization(Policies.Screen).WithSummary("The scoring algorithm: features, weights, default threshold");
    }

    private static async Task<IResult> GetEntityAsync(string id, HttpRequest request, EmbargoEngine engine, CancellationToken cancellationToken)
    {
        var (entry, snapshot) = await engine.Lists.GetEntityAsync(id, QueryParameters.Text(request, "version"), cancellationToken);
        if (entry is null) return Problems.Problems.NotFound($"no entity '{id}' in {snapshot.Source} {snapshot.Version}");
        return Results.Json(new { entity = entry, snapshot = new { source = snapshot.Source, version = snapshot.Version }, demo_data = snapshot.Source == ListSources.Demo }, EntryJson.Options);
    }

    private static async Task<IResult> GetActiveAsync(EmbargoEngine engine, CancellationToken cancellationToken)
    {
        var active = await engine.Store.GetActiveSnapshotsAsync(cancellationToken);
        return Results.Json(new { demo_only = EmbargoEngine.IsDemoOnly(active), active }, EntryJson.Options);
    }

    private static async Task<IResult> GetHistoryAsync(string source, EmbargoEngine engine, CancellationToken cancellationToken)
    {
        if (!ListSources.IsValid(source)) throw new RequestFieldException("source", $"'{source}' is not a source id");
        var history = await engine.Lists.HistoryAsync(source, cancellationToken);
        return history.Count == 0 ? Problems.Problems.NotFound($"no snapshots of '{source}'") : Results.Json(new { source, snapshots = history }, EntryJson.Options);
    }

    private static async Task<IResult> GetDiffAsync(HttpRequest request, EmbargoEngine engine, CancellationToken cancellationToken)
    {
        var diffs = await engine.Lists.DiffAsync(QueryParameters.Text(request, "source"), QueryParameters.Text(request, "from"), QueryParameters.Text(request, "to"), cancellationToken);
        return Results.Json(ListJson.Diffs(diffs), EntryJson.Options);
    }

    private static IResult GetAlgorithm() => Results.Json(new
    {
        name = ScreeningIndex.AlgorithmName,
        default_threshold = Tuning.DefaultThreshold,
        default_cutoff = Tuning.DefaultCutoff,
        features = FeatureDescriptions.All.Select(f => new { id = f.Id, weight = f.Weight, description = f.Description }),
    });
}
