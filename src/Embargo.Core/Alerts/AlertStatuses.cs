namespace Embargo.Core.Alerts;

/// <summary>Names and groups of <see cref="AlertStatus"/> and the other alert enums, as stored and shown (snake_case).</summary>
public static class AlertStatuses
{
    /// <summary>Statuses in which an alert is still being worked: at most one such alert per (party, entity).</summary>
    public static readonly IReadOnlyList<AlertStatus> Active = [AlertStatus.Open, AlertStatus.InReview, AlertStatus.PendingApproval, AlertStatus.Escalated];

    public static bool IsActive(this AlertStatus status) => status is AlertStatus.Open or AlertStatus.InReview or AlertStatus.PendingApproval or AlertStatus.Escalated;

    public static string Name(this AlertStatus status) => status switch
    {
        AlertStatus.Open => "open",
        AlertStatus.InReview => "in_review",
        AlertStatus.PendingApproval => "pending_approval",
        AlertStatus.Decided => "decided",
        AlertStatus.Escalated => "escalated",
        AlertStatus.Closed => "closed",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string Name(this AlertDecision decision) => decision switch
    {
        AlertDecision.TrueMatch => "true_match",
        AlertDecision.FalsePositive => "false_positive",
        _ => throw new ArgumentOutOfRangeException(nameof(decision)),
    };

    public static string Name(this AlertReason reason) => reason switch
    {
        AlertReason.Screening => "screening",
        AlertReason.PartyChanged => "party_changed",
        AlertReason.NewDesignation => "new_designation",
        AlertReason.NewAlias => "new_alias",
        AlertReason.ChangedDetails => "changed_details",
        AlertReason.AllowListEnded => "allow_list_ended",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    public static bool TryParseStatus(string? text, out AlertStatus status) => TryParse(text, Enum.GetValues<AlertStatus>(), Name, out status);

    /// <summary>A decision as written: <c>true_match</c>, <c>true-match</c>, <c>match</c>; <c>false_positive</c>, <c>false-positive</c>, <c>fp</c>.</summary>
    public static bool TryParseDecision(string? text, out AlertDecision decision)
    {
        var key = text?.Trim().Replace('-', '_').ToLowerInvariant();
        switch (key)
        {
            case "true_match" or "match" or "tm":
                decision = AlertDecision.TrueMatch;
                return true;
            case "false_positive" or "fp":
                decision = AlertDecision.FalsePositive;
                return true;
            default:
                decision = default;
                return false;
        }
    }

    public static bool TryParseReason(string? text, out AlertReason reason) => TryParse(text, Enum.GetValues<AlertReason>(), Name, out reason);

    private static bool TryParse<T>(string? text, T[] values, Func<T, string> name, out T value) where T : struct
    {
        var key = text?.Trim().Replace('-', '_').ToLowerInvariant();
        foreach (var candidate in values)
        {
            if (string.Equals(name(candidate), key, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}
