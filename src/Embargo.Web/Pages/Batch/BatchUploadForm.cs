using System.Globalization;
using Embargo.Hosting.Batch;
using Embargo.Hosting.Jobs;
using Embargo.Matching;
using Microsoft.AspNetCore.Http;

namespace Embargo.Web.Pages.Batch;

/// <summary>The batch upload form as posted, read into the job settings <c>POST /v1/jobs</c> takes from its query (every bad field named).</summary>
public sealed class BatchUploadForm
{
    public IFormFile? File { get; set; }
    public string? Format { get; set; }
    public string? Output { get; set; }
    public string? Threshold { get; set; }
    /// <summary>One <c>column=field</c> pair a line, as <c>--map</c> takes them.</summary>
    public string? Map { get; set; }

    public (BatchJob? Settings, IReadOnlyList<string> Errors) ToSettings()
    {
        var errors = new List<string>();
        if (File is null || File.Length == 0) errors.Add("File: choose a CSV or JSON Lines file that is not empty.");
        BatchInputFormat? format = null;
        switch (Format?.Trim().ToLowerInvariant())
        {
            case null or "" or "auto": break;
            case "csv": format = BatchInputFormat.Csv; break;
            case "jsonl" or "ndjson": format = BatchInputFormat.Jsonl; break;
            default: errors.Add($"Format: '{Format}' is not csv or jsonl."); break;
        }
        var output = BatchOutputFormat.Jsonl;
        switch (Output?.Trim().ToLowerInvariant())
        {
            case null or "" or "jsonl": break;
            case "csv": output = BatchOutputFormat.Csv; break;
            default: errors.Add($"Results: '{Output}' is not jsonl or csv."); break;
        }
        var threshold = Tuning.DefaultThreshold;
        if (!string.IsNullOrWhiteSpace(Threshold)
            && (!double.TryParse(Threshold, NumberStyles.Float, CultureInfo.InvariantCulture, out threshold) || threshold is < 0 or > 1))
            errors.Add($"Threshold: '{Threshold}' is not a number from 0 to 1.");
        var map = (Map ?? "").Split(['\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        try
        {
            BatchFieldMapping.Parse(map);
        }
        catch (ArgumentException e)
        {
            errors.Add("Column mapping: " + e.Message.Replace("--map ", "", StringComparison.Ordinal));
        }
        if (errors.Count > 0) return (null, errors);
        var settings = new BatchJob
        {
            Id = "",
            Owner = "",
            CreatedAt = default,
            InputName = InputName,
            InputFormat = format,
            OutputFormat = output,
            Threshold = threshold,
            Map = map,
        };
        return (settings, errors);
    }

    /// <summary>The file's own name (it tells CSV from JSON Lines when the format is automatic), never a path.</summary>
    public string InputName =>
        File?.FileName is { Length: > 0 } name && Path.GetFileName(name.Replace('\\', '/')) is { Length: > 0 } own ? own : "upload.csv";
}
