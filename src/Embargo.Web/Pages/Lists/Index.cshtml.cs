using Embargo.Core.Snapshots;
using Embargo.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Embargo.Web.Pages.Lists;

/// <summary>
/// The lists screened against: each source's active snapshot, its history, and what its last update changed, as
/// <c>GET /v1/snapshots</c>, <c>/v1/snapshots/{source}</c> and <c>/v1/diff</c> give them (role screen).
/// </summary>
public sealed class ListsModel(EmbargoEngine engine) : PageModel
{
    /// <summary>Changes of each kind shown per source; the diff page shows them all.</summary>
    public const int FirstChanges = 10;

    public sealed record SourceView(ListSnapshot Active, IReadOnlyList<ListSnapshot> History, SnapshotDiff? LastUpdate);

    public IReadOnlyList<SourceView> Sources { get; private set; } = [];
    public bool DemoOnly { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var active = await engine.Store.GetActiveSnapshotsAsync(cancellationToken);
        DemoOnly = EmbargoEngine.IsDemoOnly(active);
        var sources = new List<SourceView>(active.Count);
        foreach (var snapshot in active.OrderBy(s => s.Source, StringComparer.Ordinal))
        {
            var history = await engine.Lists.HistoryAsync(snapshot.Source, cancellationToken);
            // Each active snapshot against the one imported before it, as GET /v1/diff does by default.
            var before = SnapshotDiffCache.Before(history, snapshot);
            var diff = before is null ? null : await SnapshotDiffCache.DiffAsync(engine, before, snapshot, cancellationToken);
            sources.Add(new SourceView(snapshot, history, diff));
        }
        Sources = sources;
    }
}
