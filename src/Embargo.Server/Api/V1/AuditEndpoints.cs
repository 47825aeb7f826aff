using Embargo.Core.Audit;
using Embargo.Hosting;
using Embargo.Hosting.Audit;
using Embargo.Server.Problems;
using Embargo.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Embargo.Server.Api.V1;

/// <summary>The audit trail (role <c>admin</c>): <c>GET /v1/audit</c> (a page), <c>/v1/audit/verify</c>, <c>/v1/audit/export?format=csv|jsonl</c>.</summary>
internal static class AuditEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/audit", ListAsync).RequireAuthorization(Policies.Admin).WithSummary("Audit records in order")
            .WithDescription("Query: after (sequence), limit (≤ 1,000), subject (exact, or a prefix ending in ':'), action. next_after pages on.");
        api.MapGet("/audit/verify", VerifyAsync).RequireAuthorization(Policies.Admin).WithSummary("Check the hash chain")
            .WithDescription("Query: head=SEQ:HASH (repeatable), a head noted earlier that must still hold.");
        api.MapGet("/audit/export", ExportAsync).RequireAuthorization(Policies.Admin).WithSummary("The whole trail as JSON Lines or CSV")
            .WithDescription("Query: format=jsonl|csv, subject, action, after.");
    }

    private static AuditQuery Query(HttpRequest request, int? limit) => new()
    {
        AfterSequence = QueryParameters.Integer(request, "after", 0, int.MaxValue) ?? 0,
        Subject = QueryParameters.Text(request, "subject"),
        Action = QueryParameters.Text(request, "action"),
        Limit = limit,
    };

    private static async Task<IResult> ListAsync(HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken)
    {
        var limit = QueryParameters.Integer(context.Request, "limit", 1, AuditService.MaxPageSize) ?? 100;
        var records = new List<AuditRecord>();
        await foreach (var record in engine.Audit.ReadAsync(Query(context.Request, limit), cancellationToken)) records.Add(record);
        return Results.Json(new { records = records.Select(AuditService.Json), next_after = records.Count == limit ? records[^1].Sequence : (long?)null });
    }

    private static async Task<IResult> VerifyAsync(HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken)
    {
        var heads = new List<(long, string)>();
        foreach (var head in context.Request.Query["head"])
        {
            var text = head ?? "";
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !long.TryParse(text.AsSpan(0, colon), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seq))
                throw new RequestFieldException("head", $"'{text}' is not SEQ:HASH");
            heads.Add((seq, text[(colon + 1)..].ToLowerInvariant()));
        }
        return Results.Json(AuditService.Json(await engine.Audit.VerifyAsync(heads, cancellationToken)));
    }

    private static async Task ExportAsync(HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken)
    {
        var format = QueryParameters.Text(context.Request, "format")?.ToLowerInvariant() switch
        {
            null or "jsonl" or "ndjson" => AuditExportFormat.Jsonl,
            "csv" => AuditExportFormat.Csv,
            var other => throw new RequestFieldException("format", $"'{other}' is not jsonl or csv"),
        };
        var query = Query(context.Request, null);
        context.Response.ContentType = format == AuditExportFormat.Csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"embargo-audit.{(format == AuditExportFormat.Csv ? "csv" : "jsonl")}\"";
        await using var writer = new StreamWriter(context.Response.Body, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
        await engine.Audit.ExportAsync(writer, format, query, cancellationToken);
    }
}
