using Embargo.Core.Access;
using Embargo.Core.Alerts;
using Embargo.Core.Review;
using Embargo.Hosting;
using Embargo.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Embargo.Web.Pages.Alerts;

/// <summary>The alert queue: filtered (a GET form), newest first, a page at a time; the same role as <c>GET /v1/alerts</c>.</summary>
[Authorize(Policy = WebPolicies.Review)]
public sealed class AlertQueueModel(EmbargoEngine engine) : PageModel
{
    public AlertFilter Filter { get; private set; } = new();
    public IReadOnlyList<Alert> Alerts { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public IReadOnlyList<string> Sources { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }

    public int Pages => Math.Max(1, (Total + AlertFilter.PageSize - 1) / AlertFilter.PageSize);

    public async Task OnGetAsync([FromQuery] AlertFilter filter, CancellationToken cancellationToken)
    {
        Filter = filter;
        Now = engine.Clock.GetUtcNow();
        var index = await engine.Screening.GetIndexAsync(cancellationToken);
        Sources = [.. index.Snapshots.Select(s => s.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var (query, errors) = filter.ToQuery(Now);
        Errors = errors;
        if (query is null) return;
        try
        {
            (Alerts, Total) = await engine.Alerts.ListAsync(WebUser.ActorOf(User), query, cancellationToken);
        }
        catch (Exception e) when (e is InvalidRequestException or AccessDeniedException)
        {
            Errors = [e.Message];
        }
    }
}
