using Embargo.Core.Snapshots;
using Embargo.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Embargo.Web.Pages.Lists;

/// <summary>
/// What changed in one source between two snapshots (default: the active one and the one before it), as
/// <c>GET /v1/diff</c> (role screen): one kind of change at a time, a page of rows at a time.
/// </summary>
public sealed class ListDiffModel(EmbargoEngine engine) : PageModel
{
    public const int PageSize = 100;

    public string? Source { get; private set; }
    public SnapshotDiff? Diff { get; private set; }
    public EntryChangeKind Kind { get; private set; }
    /// <summary>The changes of <see cref="Kind"/> on this page.</summary>
    public IReadOnlyList<EntryChange> Changes { get; private set; } = [];
    public int OfKind { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int Pages => Math.Max(1, (OfKind + PageSize - 1) / PageSize);
    public string? Error { get; private set; }

    // The page number travels as "p": "page" is the route value Razor Pages reserves for the page's own name.
    public async Task OnGetAsync(string? source, string? from, string? to, string? kind, [FromQuery(Name = "p")] int? page, CancellationToken cancellationToken)
    {
        Source = Blank(source);
        if (Source is null)
        {
            Refuse(StatusCodes.Status400BadRequest, "Source: choose a source on the Lists page.");
            return;
        }
        try
        {
            var newer = await engine.Lists.ResolveSnapshotAsync(Source, Blank(to), cancellationToken);
            var older = Blank(from) is { } version
                ? await engine.Lists.ResolveSnapshotAsync(Source, version, cancellationToken)
                : SnapshotDiffCache.Before(await engine.Lists.HistoryAsync(Source, cancellationToken), newer);
            if (older is null)
            {
                Refuse(StatusCodes.Status404NotFound, $"{Source} has no snapshot imported before {newer.Version}: nothing to compare with.");
                return;
            }
            Diff = await SnapshotDiffCache.DiffAsync(engine, older, newer, cancellationToken);
        }
        catch (ListCatalogException e)
        {
            Refuse(StatusCodes.Status404NotFound, e.Message);
            return;
        }
        if (!Enum.TryParse(kind, ignoreCase: true, out EntryChangeKind chosen) || !Enum.IsDefined(chosen))
        {
            // The first kind that has changes.
            chosen = Diff.Added > 0 ? EntryChangeKind.Added : Diff.Removed > 0 ? EntryChangeKind.Removed : EntryChangeKind.Changed;
        }
        Kind = chosen;
        var ofKind = Diff.Changes.Where(c => c.Kind == chosen).ToList();
        OfKind = ofKind.Count;
        PageNumber = Math.Clamp(page ?? 1, 1, Pages);
        Changes = ofKind.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }

    private void Refuse(int status, string message)
    {
        Error = message;
        Response.StatusCode = status;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
