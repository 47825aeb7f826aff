using System.Text.Json;
using Embargo.Core.Alerts;
using Embargo.Hosting;
using Embargo.Hosting.Alerts;
using Embargo.Hosting.Monitoring;
using Embargo.Hosting.Output;
using Embargo.Server.Problems;
using Embargo.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Embargo.Server.Api.V1;

/// <summary>
/// Alert review: list (filters), get (with history), comment, assign, decide, escalate, reopen (role <c>review</c>),
/// approve and reject (role <c>approve</c>, never the decider); the review policy; a monitoring run. Every state change
/// carries the <c>version</c> the client looked at: a stale one gets 409 with the current version.
/// </summary>
internal static class AlertEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/alerts", ListAsync).RequireAuthorization(Policies.Review)
            .WithSummary("Alerts, newest first").WithDescription("Query: status (comma-separated, or 'active'), party_id, entity_id, assignee, offset, limit.");
        api.MapGet("/alerts/{id:long}", GetAsync).RequireAuthorization(Policies.Review).WithSummary("An alert with its explanation and history");
        api.MapPost("/alerts/{id:long}/comment", CommentAsync).RequireAuthorization(Policies.Review).WithSummary("Comment on an alert").WithDescription("Body: {text}.");
        Step(api, "assign", Policies.Review, "Assign an alert (body: {version, assignee})",
            (engine, actor, id, version, body, token) => engine.Alerts.AssignAsync(actor, id, version, JsonRequest.String(body, "assignee", ""), token));
        Step(api, "decide", Policies.Review, "Decide: true_match or false_positive (body: {version, decision, comment?})", (engine, actor, id, version, body, token) =>
        {
            var text = JsonRequest.String(body, "decision", "");
            if (!AlertStatuses.TryParseDecision(text, out var decision))
                throw new RequestFieldException("decision", $"'{text}' is not true_match or false_positive");
            return engine.Alerts.DecideAsync(actor, id, version, decision, JsonRequest.String(body, "comment", ""), token);
        });
        Step(api, "escalate", Policies.Review, "Escalate (body: {version, comment?})",
            (engine, actor, id, version, body, token) => engine.Alerts.EscalateAsync(actor, id, version, JsonRequest.String(body, "comment", ""), token));
        Step(api, "approve", Policies.Approve, "Confirm another reviewer's decision (body: {version, comment?})",
            (engine, actor, id, version, body, token) => engine.Alerts.ApproveAsync(actor, id, version, JsonRequest.String(body, "comment", ""), token));
        Step(api, "reject", Policies.Approve, "Send a decision back for review (body: {version, comment})",
            (engine, actor, id, version, body, token) => engine.Alerts.RejectAsync(actor, id, version, JsonRequest.String(body, "comment", ""), token));
        Step(api, "reopen", Policies.Review, "Reopen a decided, escalated or closed alert (body: {version, comment?})",
            (engine, actor, id, version, body, token) => engine.Alerts.ReopenAsync(actor, id, version, JsonRequest.String(body, "comment", ""), token));
        api.MapGet("/alerts/policy", GetPolicyAsync).RequireAuthorization(Policies.Review).WithSummary("The review policy");
        api.MapPut("/alerts/policy", SetPolicyAsync).RequireAuthorization(Policies.Admin).WithSummary("Change the review policy")
            .WithDescription("Body: {threshold?, four_eyes_for_true_match?, four_eyes_for_false_positive_from?, allow_list_days?}; null clears a number.");
        api.MapGet("/alerts/allow-list", AllowListAsync).RequireAuthorization(Policies.Review).WithSummary("Allow-listed false positives (party_id, all=true)");
        api.MapPost("/monitoring/run", MonitorAsync).RequireAuthorization(Policies.Review).WithSummary("Re-screen parties against every list change since the last run");
    }

    private delegate Task<Alert> StepAction(EmbargoEngine engine, Core.Access.Actor actor, long id, int version, JsonElement body, CancellationToken cancellationToken);

    private static void Step(IEndpointRouteBuilder api, string name, string policy, string summary, StepAction action) =>
        api.MapPost($"/alerts/{{id:long}}/{name}", async (long id, HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken) =>
        {
            using var body = await JsonRequest.ReadAsync(context.Request, cancellationToken);
            var version = JsonRequest.Integer(body.RootElement, "version", "", 1, int.MaxValue)
                          ?? throw new RequestFieldException("version", "required: the alert version you looked at (from GET /v1/alerts/{id})");
            try
            {
                var alert = await action(engine, ApiKeyClaims.ActorOf(context.User), id, version, body.RootElement, cancellationToken);
                return Results.Json(AlertJson.Alert(alert, withExplanation: false));
            }
            catch (AlertConflictException e)
            {
                return Results.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
                {
                    Status = StatusCodes.Status409Conflict,
                    Title = "The alert changed since you looked at it",
                    Detail = e.Message,
                    Type = "https://embargo.dev/problems/stale-version",
                    Extensions = { ["current_version"] = e.CurrentVersion, ["your_version"] = e.ExpectedVersion },
                });
            }
        }).RequireAuthorization(policy).WithSummary(summary);

    private static async Task<IResult> ListAsync(HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var statuses = new List<AlertStatus>();
        foreach (var text in (QueryParameters.Text(request, "status") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (string.Equals(text, "active", StringComparison.OrdinalIgnoreCase)) statuses.AddRange(AlertStatuses.Active);
            else if (AlertStatuses.TryParseStatus(text, out var status)) statuses.Add(status);
            else throw new RequestFieldException("status", $"'{text}' is not one of open, in_review, pending_approval, decided, escalated, closed, active");
        }
        var query = new AlertQuery
        {
            Statuses = statuses.Count == 0 ? null : statuses,
            PartyId = QueryParameters.Text(request, "party_id"),
            EntityId = QueryParameters.Text(request, "entity_id"),
            Assignee = QueryParameters.Text(request, "assignee"),
            Source = QueryParameters.Text(request, "source"),
            MinScore = QueryParameters.Number(request, "min_score", 0, 1),
            CreatedBefore = QueryParameters.Integer(request, "older_than_days", 0, 36_500) is { } days ? engine.Clock.GetUtcNow().AddDays(-days) : null,
            Offset = QueryParameters.Integer(request, "offset", 0, int.MaxValue) ?? 0,
            Limit = QueryParameters.Integer(request, "limit", 1, AlertService.MaxPageSize) ?? 50,
        };
        var (alerts, total) = await engine.Alerts.ListAsync(ApiKeyClaims.ActorOf(context.User), query, cancellationToken);
        return Results.Json(new { total, alerts = AlertJson.Alerts(alerts) });
    }

    private static async Task<IResult> GetAsync(long id, HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken)
    {
        var (alert, history) = await engine.Alerts.GetDetailedAsync(ApiKeyClaims.ActorOf(context.User), id, cancellationToken);
        return Results.Json(AlertJson.Detailed(alert, history));
    }

    private static async Task<IResult> CommentAsync(long id, HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken)
    {
        using var body = await JsonRequest.ReadAsync(context.Request, cancellationToken);
        var text = JsonRequest.String(body.RootElement, "text", "") ?? throw new RequestFieldException("text", "required: the comment");
        await engine.Alerts.CommentAsync(ApiKeyClaims.ActorOf(context.User), id, text, cancellationToken);
        return Results.Json(new { alert_id = id, commented = true });
    }

    private static async Task<IResult> GetPolicyAsync(EmbargoEngine engine, CancellationToken cancellationToken) =>
        Results.Json(AlertJson.Policy(await engine.Alerts.GetPolicyAsync(cancellationToken)));

    private static async Task<IResult> SetPolicyAsync(HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken)
    {
        using var body = await JsonRequest.ReadAsync(context.Request, cancellationToken);
        var root = body.RootElement;
        var policy = await engine.Alerts.GetPolicyAsync(cancellationToken);
        if (root.TryGetProperty("threshold", out _)) policy = policy with { Threshold = JsonRequest.Number(root, "threshold", "", 0, 1) };
        if (JsonRequest.Boolean(root, "four_eyes_for_true_match", "") is { } trueMatch) policy = policy with { FourEyesForTrueMatch = trueMatch };
        if (root.TryGetProperty("four_eyes_for_false_positive_from", out _))
            policy = policy with { FourEyesForFalsePositiveFrom = JsonRequest.Number(root, "four_eyes_for_false_positive_from", "", 0, 1) };
        if (root.TryGetProperty("allow_list_days", out _))
            policy = policy with { AllowListDays = JsonRequest.Integer(root, "allow_list_days", "", 1, 36_500) };
        return Results.Json(AlertJson.Policy(await engine.Alerts.SetPolicyAsync(ApiKeyClaims.ActorOf(context.User), policy, cancellationToken)));
    }

    private static async Task<IResult> AllowListAsync(HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken)
    {
        var all = string.Equals(QueryParameters.Text(context.Request, "all"), "true", StringComparison.OrdinalIgnoreCase);
        var entries = await engine.Alerts.AllowListAsync(ApiKeyClaims.ActorOf(context.User), QueryParameters.Text(context.Request, "party_id"), !all, cancellationToken);
        return Results.Json(entries.Select(e => new
        {
            party_id = e.PartyId, entity_id = e.EntityId, alert_id = e.AlertId, decided_by = e.DecidedBy, approved_by = e.ApprovedBy,
            created_at = e.CreatedAt, expires_at = e.ExpiresAt, ended_at = e.EndedAt, end_reason = e.EndReason,
        }));
    }

    private static async Task<IResult> MonitorAsync(HttpContext context, EmbargoEngine engine, CancellationToken cancellationToken) =>
        Results.Json(MonitoringService.Json(await engine.Monitoring.RunAsync(ApiKeyClaims.ActorOf(context.User), cancellationToken)));
}
