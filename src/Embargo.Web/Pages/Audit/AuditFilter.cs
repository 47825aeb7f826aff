using System.Globalization;
using Embargo.Core.Audit;

namespace Embargo.Web.Pages.Audit;

/// <summary>
/// The audit page's filters as typed (GET, so a view can be bookmarked), read into a store query: the store filters
/// and pages, so a page costs the same however long the trail has grown.
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

    /// <summary>The subject and action filters alone, as <c>GET /v1/audit/export</c> takes them.</summary>
    public AuditQuery ExportQuery => new() { Subject = Blank(Subject), Action = Blank(Action) };

    /// <summary>The store query for every filter, or the errors naming each bad field. Dates are whole UTC days, both ends included.</summary>
    public (AuditQuery? Query, IReadOnlyList<string> Errors) Read()
    {
        var errors = new List<string>();
        var from = Date(From, "From", errors);
        var to = Date(To, "To", errors);
        if (from is { } f && to is { } t && t < f) errors.Add("To: before From.");
        if (errors.Count > 0) return (null, errors);
        return (new AuditQuery
        {
            Subject = Blank(Subject),
            Action = Blank(Action),
            Actor = Blank(Actor)?.ToLowerInvariant(),
            From = from is { } a ? new DateTimeOffset(a.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            Until = to is { } b ? new DateTimeOffset(b.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            NewestFirst = true,
        }, errors);
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
