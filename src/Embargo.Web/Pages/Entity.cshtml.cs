using Embargo.Core.Model;
using Embargo.Core.Snapshots;
using Embargo.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Embargo.Web.Pages;

/// <summary>Everything a list says about one entity, and what the listing means.</summary>
public sealed class EntityModel(EmbargoEngine engine) : PageModel
{
    public ListEntry Entry { get; private set; } = null!;
    public ListSnapshot Snapshot { get; private set; } = null!;
    public ListingEffect Effect { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, string? version, CancellationToken cancellationToken)
    {
        try
        {
            var (entry, snapshot) = await engine.Lists.GetEntityAsync(id, version, cancellationToken);
            if (entry is null) return NotFound();
            Entry = entry;
            Snapshot = snapshot;
            Effect = ListingEffects.Of(entry);
            return Page();
        }
        catch (ListCatalogException)
        {
            return NotFound();
        }
    }
}
