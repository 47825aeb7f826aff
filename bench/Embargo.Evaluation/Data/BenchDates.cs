using System.Globalization;
using Embargo.Core.Model;

namespace Embargo.Evaluation.Data;

/// <summary>
/// Dates of birth as the benchmark files write them: <c>yyyy</c>, <c>yyyy-mm</c> or <c>yyyy-mm-dd</c>, where the
/// treated UN file also drops leading zeros (<c>1969-7-16</c>). Impossible dates (<c>1968-13-30</c>) are refused.
/// </summary>
internal static class BenchDates
{
    /// <summary>False for text that is not a date; an empty field is a valid "unknown" (null).</summary>
    public static bool TryParse(string? text, out PartialDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4) return false;
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0 && parts[i].Length is not (1 or 2)) return false;
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])) return false;
        }
        var (year, month, day) = (numbers[0], parts.Length > 1 ? numbers[1] : (int?)null, parts.Length > 2 ? numbers[2] : (int?)null);
        if (year < 1 || month is < 1 or > 12) return false;
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value))) return false;
        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>How precise a date is, for the per-category tables.</summary>
    public static string Precision(PartialDate? date) => date switch
    {
        null => "none",
        { Day: not null } => "day",
        { Month: not null } => "month",
        _ => "year",
    };
}
