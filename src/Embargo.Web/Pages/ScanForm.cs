using System.Globalization;
using Embargo.Matching;
using Microsoft.AspNetCore.Http;

namespace Embargo.Web.Pages;

/// <summary>The scan form as posted: pasted text or an uploaded document, and a threshold.</summary>
public sealed class ScanForm
{
    public string? Text { get; set; }
    public IFormFile? Document { get; set; }
    public string? Threshold { get; set; }

    public bool HasDocument => Document is { Length: > 0 };

    /// <summary>The threshold asked for (the default when blank), or an error naming the field.</summary>
    public (double Threshold, string? Error) ReadThreshold()
    {
        if (string.IsNullOrWhiteSpace(Threshold)) return (Tuning.DefaultThreshold, null);
        return double.TryParse(Threshold, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1
            ? (value, null)
            : (Tuning.DefaultThreshold, $"Threshold: '{Threshold}' is not a number from 0 to 1.");
    }
}
