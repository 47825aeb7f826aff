using System.Globalization;
using Embargo.Core.Alerts;

namespace Embargo.Web.Pages.Alerts;

/// <summary>The alert queue's filters as typed in the GET form (bookmarkable), and their reading into a store query.</summary>
public sealed class AlertFilter
{
    public const int PageSize = 50;
    public const int MaxOlderThanDays = 36_500;

    /// <summary>The status choices of the form: a status name, <c>active</c> (still being worked, the default) or <c>all</c>.</summary>
    public static readonly IReadOnlyList<(string Value, string Text)> StatusChoices =
    [
        ("active", "Active (being worked)"), ("open", "Open"), ("in_review", "In review"), ("pending_approval", "Pending approval"),
        ("escalated", "Escalated"), ("decided", "Decided"), ("closed", "Closed"), ("all", "Any status"),
    ];

    public string? Status { get; set; }
    public string? Source { get; set; }
    public string? MinScore { get; set; }
    public string? Assignee { get; set; }
    public string? OlderThan { get; set; }
    /// <summary>The page of the queue, as <c>p</c> in the query ("page" is the name Razor Pages route by).</summary>
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "p")]
    public int Page { get; set; } = 1;

    public string StatusOrDefault => string.IsNullOrWhiteSpace(Status) ? "active" : Status.Trim().ToLowerInvariant();

    /// <summary>The query for one page of the queue, or the bad fields named.</summary>
    public (AlertQuery? Query, IReadOnlyList<string> Errors) ToQuery(DateTimeOffset now)
    {
        var errors = new List<string>();
        IReadOnlyList<AlertStatus>? statuses = null;
        var status = StatusOrDefault;
        if (status == "active") statuses = AlertStatuses.Active;
        else if (AlertStatuses.TryParseStatus(status, out var one)) statuses = [one];
        else if (status != "all") errors.Add($"Status: '{Status}' is not one of {string.Join(", ", StatusChoices.Select(c => c.Value))}.");

        double? minScore = null;
        if (!string.IsNullOrWhiteSpace(MinScore))
        {
            if (double.TryParse(MinScore, NumberStyles.Float, CultureInfo.InvariantCulture, out var score) && score is >= 0 and <= 1) minScore = score;
            else errors.Add($"Minimum score: '{MinScore}' is not a number from 0 to 1.");
        }
        DateTimeOffset? before = null;
        if (!string.IsNullOrWhiteSpace(OlderThan))
        {
            if (int.TryParse(OlderThan, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days <= MaxOlderThanDays) before = now.AddDays(-days);
            else errors.Add($"Older than: '{OlderThan}' is not a whole number of days from 0 to {MaxOlderThanDays}.");
        }
        if (errors.Count > 0) return (null, errors);
        var page = Math.Max(1, Page);
        return (new AlertQuery
        {
            Statuses = statuses,
            Source = Blank(Source),
            MinScore = minScore,
            Assignee = Blank(Assignee),
            CreatedBefore = before,
            Offset = (int)Math.Min(int.MaxValue, (long)(page - 1) * PageSize),
            Limit = PageSize,
        }, errors);
    }

    /// <summary>The query string of these filters on another page (for the pager links).</summary>
    public Dictionary<string, string?> RouteFor(int page) => new(StringComparer.Ordinal)
    {
        ["status"] = Status, ["source"] = Source, ["minscore"] = MinScore, ["assignee"] = Assignee, ["olderthan"] = OlderThan,
        ["p"] = page.ToString(CultureInfo.InvariantCulture),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
