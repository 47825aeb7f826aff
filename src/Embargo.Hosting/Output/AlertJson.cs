using System.Text.Json;
using Embargo.Core.Alerts;
using Embargo.Hosting.Alerts;

namespace Embargo.Hosting.Output;

/// <summary>The JSON shapes of alerts, their history and screenings of parties, shared by the CLI, the server and the audit trail.</summary>
public static class AlertJson
{
    public static object Alert(Alert a, bool withExplanation = true) => new
    {
        id = a.Id,
        party_id = a.PartyId,
        entity_id = a.EntityId,
        entity_name = a.EntityName,
        matched_name = a.MatchedName,
        score = Math.Round(a.Score, 3),
        status = a.Status.Name(),
        decision = a.Decision?.Name(),
        assignee = a.Assignee,
        version = a.Version,
        reason = a.Reason.Name(),
        reason_detail = a.ReasonDetail,
        list_versions = a.ListVersions,
        party_hash = a.PartyHash,
        entity_hash = a.EntityHash,
        created_at = a.CreatedAt,
        updated_at = a.UpdatedAt,
        decided_by = a.DecidedBy,
        decided_at = a.DecidedAt,
        approved_by = a.ApprovedBy,
        approved_at = a.ApprovedAt,
        closed_note = a.ClosedNote,
        explanation = withExplanation ? Parse(a.Explanation) : null,
    };

    public static IEnumerable<object> Alerts(IEnumerable<Alert> alerts) => alerts.Select(a => Alert(a, withExplanation: false));

    /// <summary>An alert with its history, as <c>alerts show</c> and <c>GET /v1/alerts/{id}</c> give it.</summary>
    public static object Detailed(Alert a, IReadOnlyList<AlertEvent> events) => new
    {
        alert = Alert(a),
        history = events.Select(e => new { at = e.At, actor = e.Actor, kind = e.Kind, text = e.Text }),
    };

    /// <summary>The review state of an alert, as the audit trail records before and after a change.</summary>
    public static object State(Alert a) => new
    {
        status = a.Status.Name(),
        decision = a.Decision?.Name(),
        assignee = a.Assignee,
        version = a.Version,
        decided_by = a.DecidedBy,
        approved_by = a.ApprovedBy,
        closed_note = a.ClosedNote,
    };

    /// <summary>A new alert as the audit trail records it: what matched, with the hashes that pin both sides.</summary>
    public static object Raised(Alert a) => new
    {
        party_id = a.PartyId,
        entity_id = a.EntityId,
        matched_name = a.MatchedName,
        score = Math.Round(a.Score, 3),
        reason = a.Reason.Name(),
        reason_detail = a.ReasonDetail,
        party_hash = a.PartyHash,
        entity_hash = a.EntityHash,
        status = a.Status.Name(),
        version = a.Version,
    };

    public static object Screening(PartyScreening s) => new
    {
        party_id = s.PartyId,
        matches = s.Matches,
        raised = s.Raised.Select(a => Alert(a, withExplanation: false)),
        already_known = s.AlreadyKnown,
        suppressed = s.Suppressed,
        snapshots = MatchJson.Snapshots(s.Snapshots),
    };

    public static object Policy(ReviewPolicy p) => new
    {
        threshold = p.Threshold,
        four_eyes_for_true_match = p.FourEyesForTrueMatch,
        four_eyes_for_false_positive_from = p.FourEyesForFalsePositiveFrom,
        allow_list_days = p.AllowListDays,
    };

    private static JsonElement? Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
