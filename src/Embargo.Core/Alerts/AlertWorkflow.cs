using Embargo.Core.Access;
using Embargo.Core.Audit;
using Embargo.Core.Review;

namespace Embargo.Core.Alerts;

/// <summary>
/// The review rules of an alert, pure: which statuses allow which step, which role a step needs, and four eyes —
/// a decision that needs approval waits for a second person with the approve role, and the person who decided can
/// never approve (or reject) it. Each step returns the changed alert (version + 1) and its history event; a step the
/// status does not allow throws <see cref="ConflictException"/>, one the actor may not take <see cref="AccessDeniedException"/>.
/// </summary>
public static class AlertWorkflow
{
    public const int MaxCommentLength = 4000;

    public static AlertChange Assign(Alert alert, Actor actor, string? assignee, DateTimeOffset now)
    {
        Check(alert, actor, ApiRole.Review, "assign alerts", AlertStatuses.Active, "assigned");
        var after = Next(alert, now) with
        {
            Assignee = assignee,
            Status = alert.Status == AlertStatus.Open && assignee is not null ? AlertStatus.InReview : alert.Status,
        };
        return Change(alert, after, AuditActions.AlertAssign, actor, "assign", assignee is null ? "unassigned" : $"assigned to {assignee}", now);
    }

    public static AlertChange Decide(Alert alert, Actor actor, AlertDecision decision, ReviewPolicy policy, string? comment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Check(alert, actor, ApiRole.Review, "decide alerts", [AlertStatus.Open, AlertStatus.InReview, AlertStatus.Escalated], "decided");
        var pending = policy.RequiresApproval(decision, alert.Score);
        var after = Next(alert, now) with
        {
            Status = pending ? AlertStatus.PendingApproval : AlertStatus.Decided,
            Decision = decision,
            DecidedBy = actor.Id,
            DecidedAt = now,
            ApprovedBy = null,
            ApprovedAt = null,
        };
        var text = $"{decision.Name()}{(pending ? ", waiting for approval" : "")}{Suffix(comment)}";
        return Change(alert, after, AuditActions.AlertDecide, actor, "decide", text, now);
    }

    public static AlertChange Escalate(Alert alert, Actor actor, string? comment, DateTimeOffset now)
    {
        Check(alert, actor, ApiRole.Review, "escalate alerts", [AlertStatus.Open, AlertStatus.InReview], "escalated");
        return Change(alert, Next(alert, now) with { Status = AlertStatus.Escalated }, AuditActions.AlertEscalate, actor, "escalate", Clean(comment), now);
    }

    public static AlertChange Approve(Alert alert, Actor actor, string? comment, DateTimeOffset now)
    {
        Check(alert, actor, ApiRole.Approve, "approve decisions", [AlertStatus.PendingApproval], "approved");
        SecondPerson(alert, actor, "approve");
        var after = Next(alert, now) with { Status = AlertStatus.Decided, ApprovedBy = actor.Id, ApprovedAt = now };
        return Change(alert, after, AuditActions.AlertApprove, actor, "approve", $"confirmed {alert.Decision?.Name()}{Suffix(comment)}", now);
    }

    public static AlertChange Reject(Alert alert, Actor actor, string? comment, DateTimeOffset now)
    {
        Check(alert, actor, ApiRole.Approve, "reject decisions", [AlertStatus.PendingApproval], "rejected");
        SecondPerson(alert, actor, "reject");
        var reason = Clean(comment) ?? throw new InvalidRequestException("say why the decision is rejected", "comment");
        var after = Next(alert, now) with { Status = AlertStatus.InReview, Decision = null, DecidedBy = null, DecidedAt = null };
        return Change(alert, after, AuditActions.AlertReject, actor, "reject", $"rejected {alert.Decision?.Name()}: {reason}", now);
    }

    public static AlertChange Reopen(Alert alert, Actor actor, string? comment, DateTimeOffset now)
    {
        Check(alert, actor, ApiRole.Review, "reopen alerts", [AlertStatus.Decided, AlertStatus.Escalated, AlertStatus.Closed], "reopened");
        var after = Next(alert, now) with
        {
            Status = AlertStatus.Open, Decision = null, DecidedBy = null, DecidedAt = null, ApprovedBy = null, ApprovedAt = null, ClosedNote = null,
        };
        return Change(alert, after, AuditActions.AlertReopen, actor, "reopen", Clean(comment), now);
    }

    /// <summary>Closes an alert that is still being worked, without a decision (the entity was delisted, the party removed).</summary>
    public static AlertChange Close(Alert alert, Actor actor, string note, DateTimeOffset now)
    {
        Check(alert, actor, ApiRole.Review, "close alerts", AlertStatuses.Active, "closed");
        var after = Next(alert, now) with { Status = AlertStatus.Closed, ClosedNote = note };
        return Change(alert, after, AuditActions.AlertClose, actor, "close", note, now);
    }

    /// <summary>A comment: history only, the alert itself (and its version) stays as it is.</summary>
    public static AlertEvent Comment(Alert alert, Actor actor, string text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require(ApiRole.Review, "comment on alerts");
        return new AlertEvent(alert.Id, now, actor.Id, "comment", Clean(comment: text) ?? throw new InvalidRequestException("a comment needs text", "text"));
    }

    private static void Check(Alert alert, Actor actor, ApiRole role, string what, IReadOnlyList<AlertStatus> from, string verb)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require(role, what);
        if (!from.Contains(alert.Status))
            throw new ConflictException($"alert {alert.Id} is {alert.Status.Name()}: it can be {verb} only when {string.Join(" or ", from.Select(s => s.Name()))}");
    }

    // Four eyes: whoever decided cannot be the second pair of eyes, whatever their role.
    private static void SecondPerson(Alert alert, Actor actor, string verb)
    {
        if (string.Equals(alert.DecidedBy, actor.Id, StringComparison.Ordinal))
            throw new AccessDeniedException($"{actor.Id} decided alert {alert.Id} and cannot {verb} that decision: four eyes need a second person");
    }

    private static Alert Next(Alert alert, DateTimeOffset now) => alert with { Version = alert.Version + 1, UpdatedAt = now };

    private static AlertChange Change(Alert before, Alert after, string action, Actor actor, string kind, string? text, DateTimeOffset now) =>
        new(before, after, action, new AlertEvent(before.Id, now, actor.Id, kind, text));

    private static string Suffix(string? comment) => Clean(comment) is { } c ? ": " + c : "";

    private static string? Clean(string? comment)
    {
        if (string.IsNullOrWhiteSpace(comment)) return null;
        var text = comment.Trim();
        return text.Length <= MaxCommentLength ? text : throw new InvalidRequestException($"longer than {MaxCommentLength} characters", "comment");
    }
}
