using Embargo.Core.Snapshots;
using Embargo.Hosting;
using Embargo.Web.Security;
using Embargo.Matching;
using Embargo.Matching.Scan;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Embargo.Web.Pages;

/// <summary>
/// Scans pasted text or an uploaded document for listed parties, as <c>POST /v1/scan</c> does (role screen, the same
/// decoding of uploaded bytes), and shows the document with every mention marked in place.
/// </summary>
// A page shows the whole document, so it takes less than the API (which streams up to 256 MB); the limits apply
// before the anti-forgery check reads the form.
[RequestSizeLimit(ScanModel.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = ScanModel.MaxBytes + 64 * 1024, ValueLengthLimit = ScanModel.MaxBytes)]
public sealed class ScanModel(EmbargoEngine engine) : PageModel
{
    public const int MaxBytes = 4 * 1024 * 1024;

    [BindProperty]
    public ScanForm Form { get; set; } = new();

    public IReadOnlyList<string> Errors { get; private set; } = [];
    public ScanResult? Result { get; private set; }
    public ScanDocument? Document { get; private set; }
    public string? DocumentName { get; private set; }
    public IReadOnlyList<ListSnapshot> Snapshots { get; private set; } = [];
    public bool DemoOnly { get; private set; }
    public double Threshold { get; private set; } = Tuning.DefaultThreshold;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var (threshold, thresholdError) = Form.ReadThreshold();
        if (thresholdError is not null) errors.Add(thresholdError);
        string? text = null;
        if (Form.HasDocument)
        {
            DocumentName = Path.GetFileName(Form.Document!.FileName.Replace('\\', '/'));
            try
            {
                await using var stream = Form.Document.OpenReadStream();
                text = await ScanInput.ReadAsync(stream, "the document", cancellationToken);
            }
            catch (ScanInputException e)
            {
                errors.Add("Document: " + e.Message + ".");
            }
        }
        else if (!string.IsNullOrWhiteSpace(Form.Text))
        {
            text = Form.Text;
        }
        else
        {
            errors.Add("Text: paste a text or choose a document to scan.");
        }
        if (errors.Count > 0)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Threshold = threshold;
        var (result, index) = await engine.TextScanning.ScanAsync(text!, ScanOptions.Default with { Threshold = threshold }, cancellationToken);
        engine.ScreeningLog.Scanned(WebUser.ActorOf(User), "web", text!, result, index.Snapshots);
        Result = result;
        Document = new ScanDocument(text!, result.Mentions);
        Snapshots = index.Snapshots;
        DemoOnly = EmbargoEngine.IsDemoOnly(index.Snapshots);
        // The pasted text stays in the form for another try; an uploaded document is shown below instead.
        if (Form.HasDocument) Form.Text = null;
        return Page();
    }
}
