using System.Globalization;
using Embargo.Core.Audit;

namespace Embargo.Web.Pages.Audit;

/// <summary>
/// The audit page's filters as typed (GET, so a view can be bookmarked). Subject and action go to the store as
/// <c>GET /v1/audit</c> passes them; actor and dates are checked on each record read.
/// </summary>
public sealed class AuditFilter
{
    public string? Actor { get; set; }
    public string? Action { get; set; }
    /// <summary>Exact (<c>alert:42</c>) or a prefix ending in ':' (<c>alert:</c>), as the API takes it.</summary>
    public string? Subject { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }

    public bool IsEmpty => Blank(Actor) is null && Blank(Action) is null && Blank(Subject) is null && Blank(From) is null && Blank(To) is null;

    public AuditQuery StoreQuery => new() { Subject = Blank(Subject), Action = Blank(Action) };

    /// <summary>The record test for actor and date range, or the errors naming each bad field.</summary>
    public (Func<AuditRecord, bool>? Matches, IReadOnlyList<string> Errors) Read()
    {
        var errors = new List<string>();
        var from = Date(From, "From", errors);
        var to = Date(To, "To", errors);
        if (from is { } f && to is { } t && t < f) errors.Add("To: before From.");
        if (errors.Count > 0) return (null, errors);
        var actor = Blank(Actor);
        // Dates are days in UTC, both ends included.
        var start = from is { } a ? new DateTimeOffset(a.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DateTimeOffset.MinValue;
        var end = to is { } b ? new DateTimeOffset(b.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DateTimeOffset.MaxValue;
        return (record =>
            (actor is null || string.Equals(record.Entry.Actor, actor, StringComparison.OrdinalIgnoreCase))
            && record.Entry.At >= start && record.Entry.At < end, errors);
    }

    private static DateOnly? Date(string? text, string field, List<string> errors)
    {
        if (Blank(text) is not { } value) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors.Add($"{field}: '{value}' is not a date of the form yyyy-mm-dd.");
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
