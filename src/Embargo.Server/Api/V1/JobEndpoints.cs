using System.Globalization;
using Embargo.Core.Access;
using Embargo.Hosting;
using Embargo.Hosting.Batch;
using Embargo.Hosting.Jobs;
using Embargo.Matching;
using Embargo.Server.Problems;
using Embargo.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace Embargo.Server.Api.V1;

/// <summary>
/// Batch files as jobs: <c>POST /v1/jobs</c> uploads a CSV or JSON Lines file (the body, as <c>embargo screen
/// --input</c> reads it), then <c>GET /v1/jobs/{id}</c> shows progress, <c>DELETE</c> cancels, and
/// <c>GET /v1/jobs/{id}/results</c> downloads the results. A key sees its own jobs; an administrator sees all.
/// </summary>
internal static class JobEndpoints
{
    public const long MaxUploadBytes = BatchJobAccess.MaxUploadBytes;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/jobs", SubmitAsync).RequireAuthorization(Policies.Screen).DisableAntiforgery()
            .WithSummary("Submit a file to screen as a job")
            .WithDescription("Body: the file. Query: name (file name, tells csv from jsonl), format=csv|jsonl, output=jsonl|csv, threshold, map=column=field (repeatable).");
        api.MapGet("/jobs", ListAsync).RequireAuthorization(Policies.Screen).WithSummary("Your jobs, newest first");
        api.MapGet("/jobs/{id}", GetAsync).RequireAuthorization(Policies.Screen).WithSummary("A job's status and progress");
        api.MapDelete("/jobs/{id}", CancelAsync).RequireAuthorization(Policies.Screen).WithSummary("Cancel a job");
        api.MapGet("/jobs/{id}/results", DownloadResultsAsync).RequireAuthorization(Policies.Screen).WithSummary("Download a completed job's results");
    }

    private static async Task<IResult> SubmitAsync(HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken)
    {
        var request = context.Request;
        // Files are larger than the JSON endpoints' limit; the job service enforces this one while saving.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = MaxUploadBytes;
        var name = Path.GetFileName(QueryParameters.Text(request, "name") ?? "upload.csv");
        var format = QueryParameters.Text(request, "format")?.ToLowerInvariant() switch
        {
            null => (BatchInputFormat?)null,
            "csv" => BatchInputFormat.Csv,
            "jsonl" or "ndjson" => BatchInputFormat.Jsonl,
            var other => throw new RequestFieldException("format", $"'{other}' is not csv or jsonl"),
        };
        var output = QueryParameters.Text(request, "output")?.ToLowerInvariant() switch
        {
            null or "jsonl" => BatchOutputFormat.Jsonl,
            "csv" => BatchOutputFormat.Csv,
            var other => throw new RequestFieldException("output", $"'{other}' is not jsonl or csv"),
        };
        var map = request.Query["map"].Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m!).ToArray();
        try
        {
            BatchFieldMapping.Parse(map);
        }
        catch (ArgumentException e)
        {
            throw new RequestFieldException("map", e.Message.Replace("--map ", "", StringComparison.Ordinal));
        }
        var settings = new BatchJob
        {
            Id = "",
            Owner = "",
            CreatedAt = default,
            InputName = name,
            InputFormat = format,
            OutputFormat = output,
            Threshold = QueryParameters.Number(request, "threshold", 0, 1) ?? Tuning.DefaultThreshold,
            Map = map,
        };
        BatchJob job;
        try
        {
            job = await engine.Jobs.SubmitAsync(Owner(context), request.Body, name, settings, MaxUploadBytes, cancellationToken);
        }
        catch (BatchInputException e)
        {
            throw new RequestFieldException("body", e.Message);
        }
        engine.ScreeningLog.Submitted(ApiKeyClaims.ActorOf(context.User), "api", job);
        return Results.Accepted($"/v1/jobs/{job.Id}", Describe(job));
    }

    private static async Task<IResult> ListAsync(HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken) =>
        Results.Json((await engine.Jobs.ListAsync(BatchJobAccess.ListedOwner(Owner(context), Role(context)), cancellationToken)).Select(Describe));

    private static async Task<IResult> GetAsync(string id, HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken) =>
        Visible(await engine.Jobs.GetAsync(id, cancellationToken), context) is { } job ? Results.Json(Describe(job)) : NotFound(id);

    private static async Task<IResult> CancelAsync(string id, HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken)
    {
        if (Visible(await engine.Jobs.GetAsync(id, cancellationToken), context) is not { } job) return NotFound(id);
        return await engine.Jobs.CancelAsync(id, cancellationToken)
            ? Results.Json(Describe((await engine.Jobs.GetAsync(id, cancellationToken))!))
            : Problems.Problems.Conflict($"job {id} has already ended ({job.Status.ToString().ToLowerInvariant()})");
    }

    private static async Task<IResult> DownloadResultsAsync(string id, HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken)
    {
        if (Visible(await engine.Jobs.GetAsync(id, cancellationToken), context) is not { } job) return NotFound(id);
        if (job.Status != BatchJobStatus.Completed)
            return Problems.Problems.Conflict($"job {id} is {job.Status.ToString().ToLowerInvariant()}; results are served once it has completed");
        var csv = job.OutputFormat == BatchOutputFormat.Csv;
        // From this node's files (SQLite) or from the database, whichever node ran the job (PostgreSQL).
        return Results.Stream(body => engine.Jobs.CopyResultsAsync(id, body, cancellationToken),
            csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8", $"{id}-results.{(csv ? "csv" : "jsonl")}");
    }

    private static object Describe(BatchJob job) => BatchJobJson.Describe(job, $"/v1/jobs/{job.Id}/results");

    private static BatchJob? Visible(BatchJob? job, HttpContext context) =>
        BatchJobAccess.VisibleTo(job, Owner(context), Role(context));

    private static string Owner(HttpContext context) => ApiKeyClaims.KeyIdOf(context.User) ?? ApiKeyClaims.Anonymous;

    private static ApiRole Role(HttpContext context) => ApiKeyClaims.RoleOf(context.User) ?? ApiRole.Screen;

    private static IResult NotFound(string id) => Problems.Problems.NotFound(string.Create(CultureInfo.InvariantCulture, $"no job '{id}'"));
}
