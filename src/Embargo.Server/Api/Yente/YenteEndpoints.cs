using System.Text.Json;
using Embargo.Core.Model;
using Embargo.Core.Snapshots;
using Embargo.Hosting;
using Embargo.Hosting.Output;
using Embargo.Matching;
using Embargo.Matching.Explain;
using Embargo.Server.Metrics;
using Embargo.Server.Problems;
using Embargo.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Embargo.Server.Api.Yente;

/// <summary>
/// yente's API, so that its clients work by changing the base URL: <c>POST /match/{dataset}</c>,
/// <c>GET /search/{dataset}</c>, <c>GET /entities/{id}</c>, <c>GET /catalog</c>, <c>GET /algorithms</c>.
/// </summary>
internal static class YenteEndpoints
{
    /// <summary>yente's algorithm names, accepted so that existing clients keep working; all run ours.</summary>
    private static readonly string[] AcceptedAlgorithms =
        [ScreeningIndex.AlgorithmName, "best", "default", "logic-v1", "logic-v2", "regression-v1", "regression-v2", "regression-v3", "name-based", "name-qualified"];

    private const int MaxQueries = 100;

    public static void Map(IEndpointRouteBuilder app)
    {
        var yente = app.MapGroup("").WithTags("yente-compatible");
        yente.MapPost("/match/{dataset}", MatchAsync).RequireAuthorization(Policies.Screen)
            .WithSummary("Query by example (yente-compatible)")
            .WithDescription("Body: {queries: {key: {schema, properties: {name: [...], birthDate: [...], nationality: [...]}}}}; query parameters threshold, cutoff, limit, algorithm.");
        yente.MapGet("/search/{dataset}", SearchAsync).RequireAuthorization(Policies.Screen).WithSummary("Search by name (yente-compatible)");
        yente.MapGet("/entities/{id}", GetEntityAsync).RequireAuthorization(Policies.Screen).WithSummary("One entity in FollowTheMoney form (yente-compatible)");
        yente.MapGet("/catalog", CatalogAsync).RequireAuthorization(Policies.Screen).WithSummary("Datasets (yente-compatible)");
        yente.MapGet("/algorithms", Algorithms).RequireAuthorization(Policies.Screen).WithSummary("Scoring algorithms (yente-compatible)");
    }

    private static async Task<IResult> MatchAsync(string dataset, HttpRequest request, EmbargoEngine engine, ServerMetrics metrics, CancellationToken cancellationToken)
    {
        var actor = ApiKeyClaims.ActorOf(request.HttpContext.User);
        var threshold = QueryParameters.Number(request, "threshold", 0, 1) ?? Tuning.DefaultThreshold;
        var cutoff = QueryParameters.Number(request, "cutoff", 0, 1) ?? Math.Min(Tuning.DefaultCutoff, threshold);
        var limit = QueryParameters.Integer(request, "limit", 1, 500) ?? 5;
        var algorithm = QueryParameters.Text(request, "algorithm");
        if (algorithm is not null && !AcceptedAlgorithms.Contains(algorithm, StringComparer.OrdinalIgnoreCase))
            throw new RequestFieldException("algorithm", $"'{algorithm}' is not one of {string.Join(", ", AcceptedAlgorithms)}");

        using var body = await JsonRequest.ReadAsync(request, cancellationToken);
        if (!body.RootElement.TryGetProperty("queries", out var queries) || queries.ValueKind != JsonValueKind.Object)
            throw new RequestFieldException("queries", "required: an object of query key to example entity");
        var examples = new List<(string Key, YenteExample Example)>();
        foreach (var query in queries.EnumerateObject())
        {
            if (examples.Count == MaxQueries) throw new RequestFieldException("queries", $"more than {MaxQueries} queries in one request");
            examples.Add((query.Name, YenteExample.Read(query.Value, $"queries.{query.Name}")));
        }
        if (examples.Count == 0) throw new RequestFieldException("queries", "empty");

        var index = await engine.Screening.GetIndexAsync(cancellationToken);
        var sources = YenteDatasets.Resolve(dataset, index.Snapshots);
        if (sources is null) return UnknownDataset(dataset, index.Snapshots);
        var options = new MatchOptions { Threshold = threshold, Cutoff = Math.Min(cutoff, threshold), Limit = limit };
        var snapshots = index.Snapshots.ToDictionary(s => s.Source, StringComparer.Ordinal);
        var responses = new Dictionary<string, object>(StringComparer.Ordinal);
        var withMatch = 0;
        foreach (var (key, example) in examples)
        {
            var results = ExampleScreening.Screen(index, example.Queries, options, sources);
            if (results.Any(r => r.IsMatch)) withMatch++;
            if (example.Queries.Count > 0) engine.ScreeningLog.Screened(actor, "yente", example.Queries[0], results, index.Snapshots);
            responses[key] = new
            {
                status = 200,
                results = results.Select(r => Scored(r, snapshots.GetValueOrDefault(r.Entry.Source))),
                total = new { value = results.Count, relation = "eq" },
                query = new { id = (string?)null, schema = example.Schema, properties = example.Properties },
            };
        }
        metrics.RecordScreenings("yente", examples.Count, withMatch);
        return Results.Json(new { responses, matcher = Matcher(), limit });
    }

    private static async Task<IResult> SearchAsync(string dataset, HttpRequest request, EmbargoEngine engine, ServerMetrics metrics, CancellationToken cancellationToken)
    {
        var q = QueryParameters.Text(request, "q");
        if (string.IsNullOrWhiteSpace(q)) throw new RequestFieldException("q", "required: the name to search for");
        var limit = QueryParameters.Integer(request, "limit", 0, 500) ?? 10;
        var offset = QueryParameters.Integer(request, "offset", 0, 500) ?? 0;
        var schema = QueryParameters.Text(request, "schema");
        var kind = schema is null ? null : YenteExample.KindOf(schema, "schema");
        var index = await engine.Screening.GetIndexAsync(cancellationToken);
        var sources = YenteDatasets.Resolve(dataset, index.Snapshots);
        if (sources is null) return UnknownDataset(dataset, index.Snapshots);
        // Search is looser than screening: show what resembles the name, best first.
        var options = new MatchOptions { Threshold = Tuning.DefaultThreshold, Cutoff = 0.5, Limit = Math.Min(offset + limit, 500) };
        var results = ExampleScreening.Screen(index, [new MatchQuery { Name = q, Kind = kind }], options, sources);
        metrics.RecordScreenings("search", 1, results.Any(r => r.IsMatch) ? 1 : 0);
        var snapshots = index.Snapshots.ToDictionary(s => s.Source, StringComparer.Ordinal);
        return Results.Json(new
        {
            limit,
            offset,
            total = new { value = results.Count, relation = results.Count == options.Limit ? "gte" : "eq" },
            results = results.Skip(offset).Take(limit).Select(r => FtmMapper.Map(r.Entry, snapshots.GetValueOrDefault(r.Entry.Source))),
            facets = new { },
        });
    }

    private static async Task<IResult> GetEntityAsync(string id, EmbargoEngine engine, CancellationToken cancellationToken)
    {
        try
        {
            var (entry, snapshot) = await engine.Lists.GetEntityAsync(id, null, cancellationToken);
            return entry is null ? Problems.Problems.NotFound($"no entity '{id}' in the active lists") : Results.Json(FtmMapper.Map(entry, snapshot));
        }
        catch (ListCatalogException e)
        {
            return Problems.Problems.NotFound(e.Message);
        }
    }

    private static async Task<IResult> CatalogAsync(EmbargoEngine engine, CancellationToken cancellationToken)
    {
        var active = await engine.Store.GetActiveSnapshotsAsync(cancellationToken);
        var indexed = engine.Screening.Current;
        var datasets = active.Select(s => (object)new
        {
            name = YenteDatasets.NameOf(s.Source),
            title = ListSources.Title(s.Source),
            summary = $"{ListSources.Title(s.Source)} ({s.Source}), {s.Counts.Entities:N0} entities",
            url = (string?)null,
            load = true,
            entities_url = (string?)null,
            version = s.Version,
            index_version = s.Version,
            index_current = indexed is not null && indexed.Snapshots.Any(i => i.Key == s.Key),
            children = Array.Empty<string>(),
        }).ToList();
        foreach (var collection in YenteDatasets.Collections)
        {
            datasets.Add(new
            {
                name = collection,
                title = collection == "default" ? "All active lists" : "All active sanctions lists",
                summary = "Every list Embargo has active",
                url = (string?)null,
                load = true,
                entities_url = (string?)null,
                version = string.Join('+', active.Select(s => s.Version)),
                index_version = string.Join('+', active.Select(s => s.Version)),
                index_current = indexed is not null,
                children = active.Select(s => YenteDatasets.NameOf(s.Source)).ToArray(),
            });
        }
        return Results.Json(new
        {
            datasets,
            current = active.Select(s => YenteDatasets.NameOf(s.Source)).Concat(YenteDatasets.Collections),
            outdated = Array.Empty<string>(),
            index_stale = indexed is null,
        });
    }

    private static IResult Algorithms() => Results.Json(new
    {
        algorithms = new[]
        {
            new
            {
                name = ScreeningIndex.AlgorithmName,
                description = "Embargo's matcher: rarity-weighted token alignment across scripts, then secondary evidence (dates, countries, identifiers, kind, gender).",
                features = Matcher(),
            },
        },
        @default = ScreeningIndex.AlgorithmName,
        best = ScreeningIndex.AlgorithmName,
    });

    private static Dictionary<string, object> Matcher() => FeatureDescriptions.All.ToDictionary(
        f => f.Id, f => (object)new { description = f.Description, coefficient = f.Weight, url = "https://embargo.dev/docs/matching#" + f.Id }, StringComparer.Ordinal);

    private static object Scored(MatchResult result, ListSnapshot? snapshot)
    {
        var entity = FtmMapper.Map(result.Entry, snapshot);
        return new
        {
            id = entity.Id,
            caption = entity.Caption,
            schema = entity.Schema,
            properties = entity.Properties,
            datasets = entity.Datasets,
            referents = entity.Referents,
            target = entity.Target,
            first_seen = entity.FirstSeen,
            last_seen = entity.LastSeen,
            last_change = entity.LastChange,
            score = Math.Round(result.Score, 3),
            match = result.IsMatch,
            features = result.Explanation.Features.Where(f => f.Contribution != 0).ToDictionary(f => f.Id, f => Math.Round(f.Contribution, 3), StringComparer.Ordinal),
            explanations = MatchJson.Explanation(result.Explanation),
        };
    }

    private static IResult UnknownDataset(string dataset, IReadOnlyList<ListSnapshot> active) => Problems.Problems.NotFound(
        $"no dataset '{dataset}'; expected one of {string.Join(", ", YenteDatasets.Collections.Concat(active.Select(s => YenteDatasets.NameOf(s.Source))))}");
}
