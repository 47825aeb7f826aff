using Embargo.Hosting;
using Embargo.Server.Metrics;
using Embargo.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Embargo.Server.Api.Health;

/// <summary>
/// <c>/healthz</c>: the process answers. <c>/readyz</c>: the store answers and the screening index is built over
/// the active lists (a load balancer sends traffic only then). <c>/metrics</c>: Prometheus text.
/// </summary>
internal static class HealthEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Json(new { status = "ok" })).AllowAnonymous().WithSummary("Liveness");
        app.MapGet("/readyz", ReadyAsync).AllowAnonymous().WithSummary("Readiness: store reachable, index built");
        app.MapGet("/metrics", MetricsAsync).RequireAuthorization(Policies.Screen).WithSummary("Prometheus metrics");
    }

    private static async Task<IResult> ReadyAsync(EmbargoEngine engine, CancellationToken cancellationToken)
    {
        try
        {
            var index = await engine.Screening.GetIndexAsync(cancellationToken);
            return Results.Json(new
            {
                status = "ok",
                entities = index.Index.EntityCount,
                snapshots = Hosting.Output.MatchJson.Snapshots(index.Snapshots),
                demo_only = EmbargoEngine.IsDemoOnly(index.Snapshots),
            });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Problems.Problems.Unavailable($"the screening index is not available: {e.Message}");
        }
    }

    private static IResult MetricsAsync(EmbargoEngine engine, ServerMetrics metrics) =>
        Results.Text(PrometheusText.Write(metrics, engine.Screening.Current), PrometheusText.ContentType);
}
