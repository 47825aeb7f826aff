using Embargo.Core.Audit;
using Embargo.Hosting;
using Embargo.Hosting.Audit;
using Embargo.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Embargo.Web.Pages.Audit;

/// <summary>
/// The audit trail, newest first, filtered and paged; the chain verification; the export. Administrators only, as
/// <c>/v1/audit</c>, <c>/v1/audit/verify</c> and <c>/v1/audit/export</c>.
/// </summary>
[Authorize(Policy = WebPolicies.Admin)]
public sealed class AuditModel(EmbargoEngine engine) : PageModel
{
    public const int PageSize = 50;

    // The page number travels as "p": "page" is the route value Razor Pages reserves for the page's own name.

    public AuditFilter Filter { get; private set; } = new();
    public IReadOnlyList<string> Errors { get; private set; } = [];
    /// <summary>The page's records, newest first.</summary>
    public IReadOnlyList<AuditRecord> Records { get; private set; } = [];
    public long Matching { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int Pages => (int)Math.Max(1, (Matching + PageSize - 1) / PageSize);
    public AuditVerification? Verification { get; private set; }

    public Task OnGetAsync([FromQuery] AuditFilter filter, [FromQuery(Name = "p")] int? page, CancellationToken cancellationToken) =>
        LoadAsync(filter, page, cancellationToken);

    /// <summary>Walks the whole chain, as <c>GET /v1/audit/verify</c>, and shows the trail beside the result.</summary>
    public async Task OnGetVerifyAsync([FromQuery] AuditFilter filter, [FromQuery(Name = "p")] int? page, CancellationToken cancellationToken)
    {
        Verification = await engine.Audit.VerifyAsync([], cancellationToken);
        await LoadAsync(filter, page, cancellationToken);
    }

    /// <summary>The trail as a file, as <c>GET /v1/audit/export</c> writes it (the subject and action filters apply, as there).</summary>
    public async Task<IActionResult> OnGetExportAsync([FromQuery] AuditFilter filter, string? format, CancellationToken cancellationToken)
    {
        AuditExportFormat chosen;
        switch (format?.Trim().ToLowerInvariant())
        {
            case null or "" or "jsonl" or "ndjson": chosen = AuditExportFormat.Jsonl; break;
            case "csv": chosen = AuditExportFormat.Csv; break;
            default:
                Errors = [$"Format: '{format}' is not jsonl or csv."];
                Response.StatusCode = StatusCodes.Status400BadRequest;
                await LoadAsync(filter, 1, cancellationToken);
                return Page();
        }
        var csv = chosen == AuditExportFormat.Csv;
        Response.ContentType = csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"embargo-audit.{(csv ? "csv" : "jsonl")}\"";
        await using var writer = new StreamWriter(Response.Body, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
        await engine.Audit.ExportAsync(writer, chosen, filter.StoreQuery, cancellationToken);
        return new EmptyResult();
    }

    private async Task LoadAsync(AuditFilter filter, int? page, CancellationToken cancellationToken)
    {
        Filter = filter;
        PageNumber = Math.Max(1, page ?? 1);
        var (matches, errors) = filter.Read();
        if (matches is null)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (filter.IsEmpty)
        {
            await LoadUnfilteredAsync(cancellationToken);
            return;
        }
        // The store reads in sequence order; newest first means keeping the last PageNumber × PageSize matches while
        // reading once, with memory bounded by the page asked for.
        var keep = (long)PageNumber * PageSize;
        var tail = new Queue<AuditRecord>();
        long count = 0;
        await foreach (var record in engine.Audit.ReadAsync(filter.StoreQuery, cancellationToken))
        {
            if (!matches(record)) continue;
            count++;
            tail.Enqueue(record);
            if (tail.Count > keep) tail.Dequeue();
        }
        Matching = count;
        if (PageNumber > Pages) PageNumber = Pages;
        var newer = (long)(PageNumber - 1) * PageSize;
        var onPage = (int)Math.Max(0, Math.Min(PageSize, tail.Count - newer));
        Records = [.. tail.Take(onPage).Reverse()];
    }

    /// <summary>The whole trail needs no scan: the page's records are a range of sequence numbers below the head.</summary>
    private async Task LoadUnfilteredAsync(CancellationToken cancellationToken)
    {
        Matching = await AuditHead.FindAsync(engine.Audit, cancellationToken);
        if (PageNumber > Pages) PageNumber = Pages;
        var newest = Matching - (long)(PageNumber - 1) * PageSize;
        var after = Math.Max(0, newest - PageSize);
        var records = new List<AuditRecord>(PageSize);
        await foreach (var record in engine.Audit.ReadAsync(new AuditQuery { AfterSequence = after, Limit = (int)(newest - after) }, cancellationToken))
            records.Add(record);
        records.Reverse();
        Records = records;
    }
}
