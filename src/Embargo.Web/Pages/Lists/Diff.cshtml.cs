using Embargo.Core.Snapshots;
using Embargo.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Embargo.Web.Pages.Lists;

/// <summary>What changed in one source between two snapshots (default: the active one and the one before it), as <c>GET /v1/diff</c>.</summary>
public sealed class ListDiffModel(EmbargoEngine engine) : PageModel
{
    /// <summary>Changes of each kind shown: enough for any real update, bounded for a page.</summary>
    public const int MaxChanges = 2000;

    public string? Source { get; private set; }
    public SnapshotDiff? Diff { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(string? source, string? from, string? to, CancellationToken cancellationToken)
    {
        Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim();
        if (Source is null)
        {
            Error = "Source: choose a source on the Lists page.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        try
        {
            var diffs = await engine.Lists.DiffAsync(Source, Blank(from), Blank(to), cancellationToken);
            Diff = diffs.Count > 0 ? diffs[0] : null;
        }
        catch (ListCatalogException e)
        {
            Error = e.Message;
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
