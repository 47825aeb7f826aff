using Embargo.Core.Snapshots;
using Embargo.Hosting;
using Embargo.Hosting.Parties;
using Embargo.Matching;
using Embargo.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Embargo.Web.Pages;

/// <summary>Screens one party typed into the form (a GET, so a screening can be bookmarked and shared).</summary>
public sealed class ScreenModel(EmbargoEngine engine) : PageModel
{
    public const int MaxNameLength = 500;

    public ScreenForm Form { get; private set; } = new();
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public IReadOnlyList<MatchResult>? Results { get; private set; }
    public IReadOnlyList<ListSnapshot> Snapshots { get; private set; } = [];
    public bool DemoOnly { get; private set; }
    public double Threshold { get; private set; } = Tuning.DefaultThreshold;

    public async Task OnGetAsync([Microsoft.AspNetCore.Mvc.FromQuery] ScreenForm form, CancellationToken cancellationToken)
    {
        Form = form;
        var index = await engine.Screening.GetIndexAsync(cancellationToken);
        Snapshots = index.Snapshots;
        DemoOnly = EmbargoEngine.IsDemoOnly(index.Snapshots);
        if (string.IsNullOrWhiteSpace(form.Name)) return;
        var (query, options, errors) = form.ToQuery(MaxNameLength);
        Errors = errors;
        if (query is null) return;
        Threshold = options.Threshold;
        Results = index.Index.Screen(query, options);
        engine.ScreeningLog.Screened(WebUser.ActorOf(User), "web", query, Results, index.Snapshots);
    }
}
