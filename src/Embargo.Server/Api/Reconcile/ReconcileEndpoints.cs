using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Embargo.Core.Model;
using Embargo.Hosting;
using Embargo.Matching;
using Embargo.Server.Api.Yente;
using Embargo.Server.Json;
using Embargo.Server.Metrics;
using Embargo.Server.Problems;
using Embargo.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Embargo.Server.Api.Reconcile;

/// <summary>
/// The W3C Entity Reconciliation API 0.2 at <c>/reconcile/{dataset}</c>, so OpenRefine can reconcile a spreadsheet
/// against the lists: manifest, query batches (GET or POST <c>queries=</c>), suggest (entity, type, property) and
/// HTML preview. Scores are 0–100, as OpenRefine shows them. OpenRefine cannot send headers: pass the key as
/// <c>?api_key=</c> in the service URL.
/// </summary>
internal static class ReconcileEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var reconcile = app.MapGroup("/reconcile/{dataset}").WithTags("reconciliation").RequireAuthorization(Policies.Screen);
        reconcile.MapGet("", GetAsync).WithSummary("Service manifest, or a query batch with ?queries=");
        reconcile.MapPost("", PostAsync).DisableAntiforgery().WithSummary("A query batch (form field queries=, or a JSON body)");
        reconcile.MapGet("/suggest/entity", SuggestEntityAsync).WithSummary("Suggest entities by name prefix");
        reconcile.MapGet("/suggest/type", SuggestType).WithSummary("Suggest types");
        reconcile.MapGet("/suggest/property", SuggestProperty).WithSummary("Suggest properties");
        reconcile.MapGet("/preview", PreviewAsync).WithSummary("HTML preview of an entity");
    }

    private static async Task<IResult> GetAsync(string dataset, HttpRequest request, EmbargoEngine engine, ServerMetrics metrics, CancellationToken cancellationToken)
    {
        var queries = QueryParameters.Text(request, "queries");
        if (queries is not null) return await ReconcileAsync(dataset, queries, engine, metrics, cancellationToken);
        var index = await engine.Screening.GetIndexAsync(cancellationToken);
        if (YenteDatasets.Resolve(dataset, index.Snapshots) is null) return UnknownDataset(dataset);
        return Results.Json(Manifest(request, dataset));
    }

    private static async Task<IResult> PostAsync(string dataset, HttpRequest request, EmbargoEngine engine, ServerMetrics metrics, CancellationToken cancellationToken)
    {
        string? queries;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            queries = form["queries"].ToString();
        }
        else
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            queries = await reader.ReadToEndAsync(cancellationToken);
        }
        if (string.IsNullOrWhiteSpace(queries)) throw new RequestFieldException("queries", "required: a JSON object of query key to query");
        return await ReconcileAsync(dataset, queries, engine, metrics, cancellationToken);
    }

    private static async Task<IResult> ReconcileAsync(string dataset, string queriesJson, EmbargoEngine engine, ServerMetrics metrics, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(queriesJson, ServerJson.DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new RequestFieldException("queries", $"not valid JSON ({e.Message})");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object) throw new RequestFieldException("queries", "must be a JSON object of query key to query");
            var batch = new List<(string Key, YenteExample Example, int Limit)>();
            foreach (var query in document.RootElement.EnumerateObject())
            {
                if (batch.Count == 100) throw new RequestFieldException("queries", "more than 100 queries in one batch");
                var (example, limit) = ReconcileQuery.Read(query.Value, $"queries.{query.Name}");
                batch.Add((query.Name, example, limit));
            }
            var index = await engine.Screening.GetIndexAsync(cancellationToken);
            var sources = YenteDatasets.Resolve(dataset, index.Snapshots);
            if (sources is null) return UnknownDataset(dataset);
            var response = new Dictionary<string, object>(StringComparer.Ordinal);
            var withMatch = 0;
            foreach (var (key, example, limit) in batch)
            {
                var results = ExampleScreening.Screen(index, example.Queries, new MatchOptions { Limit = limit }, sources);
                if (results.Any(r => r.IsMatch)) withMatch++;
                response[key] = new { result = results.Select(Candidate) };
            }
            metrics.RecordScreenings("reconcile", batch.Count, withMatch);
            return Results.Json(response);
        }
    }

    private static object Candidate(MatchResult r) => new
    {
        id = r.Entry.Id,
        name = r.Entry.Name.Full,
        description = Describe(r.Entry),
        score = Math.Round(r.Score * 100, 1),
        match = r.IsMatch,
        type = new[] { new { id = FtmMapper.SchemaOf(r.Entry.Kind), name = FtmMapper.SchemaOf(r.Entry.Kind) } },
        features = r.Explanation.Features.Select(f => new { id = f.Id, value = Math.Round(f.Contribution, 3) }),
    };

    private static async Task<IResult> SuggestEntityAsync(string dataset, HttpRequest request, EmbargoEngine engine, CancellationToken cancellationToken)
    {
        var prefix = QueryParameters.Text(request, "prefix");
        if (string.IsNullOrWhiteSpace(prefix)) throw new RequestFieldException("prefix", "required");
        var index = await engine.Screening.GetIndexAsync(cancellationToken);
        var sources = YenteDatasets.Resolve(dataset, index.Snapshots);
        if (sources is null) return UnknownDataset(dataset);
        var options = new MatchOptions { Cutoff = 0.5, Limit = QueryParameters.Integer(request, "limit", 1, 50) ?? 10 };
        var results = ExampleScreening.Screen(index, [new MatchQuery { Name = prefix }], options, sources);
        return Results.Json(new
        {
            result = results.Select(r => new
            {
                id = r.Entry.Id,
                name = r.Entry.Name.Full,
                description = Describe(r.Entry),
                notable = new[] { new { id = FtmMapper.SchemaOf(r.Entry.Kind), name = FtmMapper.SchemaOf(r.Entry.Kind) } },
            }),
        });
    }

    private static IResult SuggestType(HttpRequest request)
    {
        var prefix = QueryParameters.Text(request, "prefix") ?? "";
        return Results.Json(new
        {
            result = ReconcileTypes.Types.Where(t => Starts(t.Id, prefix) || Starts(t.Name, prefix)).Select(t => new { id = t.Id, name = t.Name }),
        });
    }

    private static IResult SuggestProperty(HttpRequest request)
    {
        var prefix = QueryParameters.Text(request, "prefix") ?? "";
        return Results.Json(new
        {
            result = ReconcileTypes.Properties.Where(p => Starts(p.Id, prefix) || Starts(p.Name, prefix))
                .Select(p => new { id = p.Id, name = p.Name, description = p.Description }),
        });
    }

    private static async Task<IResult> PreviewAsync(string dataset, HttpRequest request, EmbargoEngine engine, CancellationToken cancellationToken)
    {
        var id = QueryParameters.Text(request, "id") ?? throw new RequestFieldException("id", "required");
        ListEntry? entry;
        try
        {
            (entry, _) = await engine.Lists.GetEntityAsync(id, null, cancellationToken);
        }
        catch (ListCatalogException e)
        {
            return Problems.Problems.NotFound(e.Message);
        }
        if (entry is null) return Problems.Problems.NotFound($"no entity '{id}' in the active lists");
        var html = new StringBuilder();
        html.Append("<html><body style=\"font-family:sans-serif;font-size:12px;margin:4px\">");
        html.Append("<strong>").Append(WebUtility.HtmlEncode(entry.Name.Full)).Append("</strong><br>");
        html.Append(WebUtility.HtmlEncode(FtmMapper.SchemaOf(entry.Kind))).Append(" · ").Append(WebUtility.HtmlEncode(entry.Id)).Append("<br>");
        if (entry.Programs.Count > 0) html.Append("Programs: ").Append(WebUtility.HtmlEncode(string.Join(", ", entry.Programs))).Append("<br>");
        if (entry.BirthDates.Count > 0) html.Append("Born: ").Append(WebUtility.HtmlEncode(string.Join("; ", entry.BirthDates.Select(d => d.Text)))).Append("<br>");
        if (entry.Aliases.Count > 0) html.Append("Also: ").Append(WebUtility.HtmlEncode(string.Join("; ", entry.Aliases.Take(5).Select(a => a.Full)))).Append("<br>");
        html.Append("</body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static object Manifest(HttpRequest request, string dataset)
    {
        var root = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var service = $"{root}/reconcile/{dataset}";
        return new Dictionary<string, object>
        {
            ["versions"] = new[] { "0.2" },
            ["name"] = $"Embargo sanctions screening ({dataset})",
            ["identifierSpace"] = $"{root}/entities/",
            ["schemaSpace"] = "https://followthemoney.tech/explorer/schemata/",
            ["documentation"] = $"{root}/docs",
            ["serviceVersion"] = typeof(ReconcileEndpoints).Assembly.GetName().Version?.ToString() ?? "1.0",
            ["defaultTypes"] = ReconcileTypes.Types.Select(t => new { id = t.Id, name = t.Name }),
            ["view"] = new { url = $"{root}/v1/entities/{{{{id}}}}" },
            ["preview"] = new { url = $"{service}/preview?id={{{{id}}}}", width = 430, height = 220 },
            ["suggest"] = new
            {
                entity = new { service_url = service, service_path = "/suggest/entity" },
                type = new { service_url = service, service_path = "/suggest/type" },
                property = new { service_url = service, service_path = "/suggest/property" },
            },
        };
    }

    private static string Describe(ListEntry entry)
    {
        var parts = new List<string> { FtmMapper.SchemaOf(entry.Kind), YenteDatasets.NameOf(entry.Source) };
        if (entry.Programs.Count > 0) parts.Add(string.Join(", ", entry.Programs));
        if (entry.BirthDates.Count > 0) parts.Add("born " + entry.BirthDates[0].Text);
        return string.Join(" · ", parts);
    }

    private static bool Starts(string value, string prefix) => value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private static IResult UnknownDataset(string dataset) => Problems.Problems.NotFound(
        string.Create(CultureInfo.InvariantCulture, $"no dataset '{dataset}'; see /catalog"));
}
