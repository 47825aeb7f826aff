using System.Globalization;
using Embargo.Core.Model;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Uk;

/// <summary>
/// Reads the UK's <c>dd/mm/yyyy</c> dates. An unknown day or month is written <c>00</c> by OFSI
/// (<c>00/00/1936</c>) and <c>dd</c> / <c>mm</c> by the FCDO (<c>dd/mm/1945</c>, <c>dd/07/1978</c>).
/// </summary>
internal static class UkDates
{
    /// <summary>A date known at least to the year; a day without a month is dropped.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('/');
        if (parts.Length != 3 || parts[2].Length != 4) return false;
        if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return false;
        if (!TryPart(parts[1], 12, out var month) || !TryPart(parts[0], 31, out var day)) return false;
        return DateText.TryCreate(year, month, month is null ? null : day, out date);
    }

    /// <summary>A publication date: day and month known.</summary>
    public static bool TryParsePublished(string? text, out DateTimeOffset date) =>
        DateText.TryParsePublished(text, ["d/M/yyyy"], out date);

    // "00", "dd", "mm" mean unknown; anything else must be a number in range.
    private static bool TryPart(string text, int max, out int? value)
    {
        value = null;
        if (text is "00" or "0" or "dd" or "DD" or "mm" or "MM") return true;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > max) return false;
        value = n;
        return true;
    }
}
