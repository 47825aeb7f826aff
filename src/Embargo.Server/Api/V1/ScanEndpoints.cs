using System.Text.Json;
using Embargo.Hosting;
using Embargo.Hosting.Output;
using Embargo.Matching;
using Embargo.Matching.Scan;
using Embargo.Server.Metrics;
using Embargo.Server.Problems;
using Embargo.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Embargo.Server.Api.V1;

/// <summary>
/// <c>POST /v1/scan</c>: listed parties mentioned in a text. The body is the text itself (<c>text/plain</c>, any
/// other non-JSON type) or JSON <c>{"text": "…", "threshold": 0.8}</c>. Same JSON as <c>embargo scan --json</c>.
/// </summary>
internal static class ScanEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/scan", ScanAsync).RequireAuthorization(Policies.Screen)
            .WithSummary("Find listed parties mentioned in a text")
            .WithDescription("Body: the text (text/plain), or JSON {text, threshold?}. Mentions carry UTF-16 offsets, the text as written, a snippet, the entity, score and explanation.");
    }

    private static async Task<IResult> ScanAsync(HttpRequest request, EmbargoEngine engine, ServerMetrics metrics, CancellationToken cancellationToken)
    {
        string text;
        var options = ScanOptions.Default;
        if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            using var body = await JsonRequest.ReadAsync(request, cancellationToken);
            text = JsonRequest.String(body.RootElement, "text", "") ?? throw new RequestFieldException("text", "required: the text to scan");
            if (JsonRequest.Number(body.RootElement, "threshold", "", 0, 1) is { } threshold) options = options with { Threshold = threshold };
        }
        else
        {
            try
            {
                text = await ScanInput.ReadAsync(request.Body, "body", cancellationToken);
            }
            catch (ScanInputException e)
            {
                throw new RequestFieldException("body", e.Message);
            }
        }
        if (QueryParameters.Number(request, "threshold", 0, 1) is { } fromQuery) options = options with { Threshold = fromQuery };
        var (result, index) = await engine.TextScanning.ScanAsync(text, options, cancellationToken);
        engine.ScreeningLog.Scanned(ApiKeyClaims.ActorOf(request.HttpContext.User), "api", text, result, index.Snapshots);
        metrics.RecordScreenings("scan", 1, result.AnyStrong ? 1 : 0);
        return Results.Json(ScanJson.Scan(result, options, index.Snapshots, EmbargoEngine.IsDemoOnly(index.Snapshots)));
    }
}
