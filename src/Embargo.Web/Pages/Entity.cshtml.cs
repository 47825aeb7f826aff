using Embargo.Core.Model;
using Embargo.Core.Snapshots;
using Embargo.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Embargo.Web.Pages;

/// <summary>Everything a list says about one entity, and what the listing means.</summary>
public sealed class EntityModel(EmbargoEngine engine) : PageModel
{
    public string Id { get; private set; } = "";
    /// <summary>Why the entity cannot be shown (the page answers 404), or null.</summary>
    public string? Missing { get; private set; }
    public ListEntry Entry { get; private set; } = null!;
    public ListSnapshot Snapshot { get; private set; } = null!;
    public ListingEffect Effect { get; private set; } = null!;

    public async Task OnGetAsync(string id, string? version, CancellationToken cancellationToken)
    {
        Id = id;
        try
        {
            var (entry, snapshot) = await engine.Lists.GetEntityAsync(id, version, cancellationToken);
            if (entry is null)
            {
                NotFound($"{id} is not in {snapshot.Source} {snapshot.Version}.");
                return;
            }
            Entry = entry;
            Snapshot = snapshot;
            Effect = ListingEffects.Of(entry);
        }
        catch (ListCatalogException e)
        {
            NotFound(e.Message);
        }
    }

    private void NotFound(string why)
    {
        Missing = why;
        Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
