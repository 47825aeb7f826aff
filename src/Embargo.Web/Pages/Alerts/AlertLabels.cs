using System.Globalization;
using Embargo.Core.Alerts;

namespace Embargo.Web.Pages.Alerts;

/// <summary>How alert facts read on the pages: words for statuses and decisions (never colour alone), ages, scores.</summary>
public static class AlertLabels
{
    public static string Status(AlertStatus status) => status switch
    {
        AlertStatus.Open => "Open",
        AlertStatus.InReview => "In review",
        AlertStatus.PendingApproval => "Pending approval",
        AlertStatus.Decided => "Decided",
        AlertStatus.Escalated => "Escalated",
        AlertStatus.Closed => "Closed",
        _ => status.ToString(),
    };

    /// <summary>The badge class of a status: work waiting is a warning, a final state is plain.</summary>
    public static string StatusBadge(AlertStatus status) => status switch
    {
        AlertStatus.Open or AlertStatus.Escalated => "badge hit",
        AlertStatus.InReview or AlertStatus.PendingApproval => "badge warn",
        _ => "badge",
    };

    public static string Decision(AlertDecision? decision) => decision switch
    {
        AlertDecision.TrueMatch => "True match",
        AlertDecision.FalsePositive => "False positive",
        _ => "",
    };

    public static string Reason(AlertReason reason) => reason.Name().Replace('_', ' ');

    public static string Score(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>The list source of an entity id (<c>un-sc:6908</c> → <c>un-sc</c>).</summary>
    public static string SourceOf(string entityId)
    {
        var colon = entityId.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? entityId[..colon] : entityId;
    }

    public static string Age(DateTimeOffset at, DateTimeOffset now)
    {
        var age = now - at;
        if (age < TimeSpan.FromMinutes(1)) return "just now";
        if (age < TimeSpan.FromHours(1)) return $"{(int)age.TotalMinutes} min ago";
        if (age < TimeSpan.FromDays(1)) return $"{(int)age.TotalHours} h ago";
        var days = (int)age.TotalDays;
        return days == 1 ? "1 day ago" : $"{days} days ago";
    }

    public static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
