using Embargo.Core.Parties;
using Embargo.Hosting;
using Embargo.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Embargo.Web.Pages.Parties;

/// <summary>The monitored parties, in id order, a page at a time, searched by id prefix and name (as <c>GET /v1/parties</c>).</summary>
[Authorize(Policy = WebPolicies.Review)]
public sealed class PartyListModel(EmbargoEngine engine) : PageModel
{
    public const int PageSize = 50;

    public string? Query { get; private set; }
    public string? Name { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public IReadOnlyList<Party> Parties { get; private set; } = [];
    public bool HasNext { get; private set; }
    public int Total { get; private set; }
    public string? Removed { get; private set; }

    public async Task OnGetAsync(string? q, string? name, int p, string? removed, CancellationToken cancellationToken)
    {
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        PageNumber = Math.Clamp(p, 1, int.MaxValue / PageSize);
        Removed = removed;
        // The page is "p" in the query: "page" is the route value Razor Pages route by.
        // One more than a page tells whether there is a next one without counting the prefix's matches.
        var found = await engine.Parties.ListAsync(WebUser.ActorOf(User),
            new PartyQuery { IdPrefix = Query, NameContains = Name, Offset = (PageNumber - 1) * PageSize, Limit = PageSize + 1 }, cancellationToken);
        HasNext = found.Count > PageSize;
        Parties = HasNext ? [.. found.Take(PageSize)] : found;
        Total = await engine.Parties.CountAsync(cancellationToken);
    }
}
