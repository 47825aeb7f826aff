using System.Globalization;
using Embargo.Core.Model;

namespace Embargo.Lists.Ofac;

/// <summary>
/// Dates as OFAC writes them: <c>11 Aug 1965</c>, <c>Aug 1965</c>, <c>1965</c>; birth dates also as ranges
/// (<c>1960 to 1962</c>, <c>01 Jan 1961 to 31 Dec 1962</c>, <c>circa 1979-1982</c>) and approximations (<c>circa 1958</c>).
/// </summary>
internal static class OfacRemarksDates
{
    private static readonly string[] CircaWords = ["circa", "approximately", "approx.", "about", "c."];

    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>
    /// Reads a date of birth. The text is always kept; <paramref name="readable"/> is false when the date could
    /// not be read, and then <see cref="DateOfBirth.Date"/> is null.
    /// </summary>
    public static DateOfBirth ParseBirthDate(string text, out bool readable)
    {
        var span = text.AsSpan().Trim();
        var circa = false;
        foreach (var word in CircaWords)
        {
            if (span.Length > word.Length && span.StartsWith(word, StringComparison.OrdinalIgnoreCase) && span[word.Length] == ' ')
            {
                circa = true;
                span = span[word.Length..].TrimStart();
                break;
            }
        }

        PartialDate? from = null, to = null;
        readable = false;
        var range = span.IndexOf(" to ", StringComparison.OrdinalIgnoreCase);
        if (range > 0)
        {
            if (TryParse(span[..range], out var a) && TryParse(span[(range + 4)..], out var b))
            {
                (from, to, readable) = (a, b, true);
            }
        }
        else if (span.Length == 9 && span[4] == '-' && TryParse(span[..4], out var y1) && TryParse(span[5..], out var y2))
        {
            (from, to, readable) = (y1, y2, true); // 1979-1982
        }
        else if (TryParse(span, out var single))
        {
            (from, readable) = (single, true);
        }
        return new DateOfBirth { Text = text, Date = from, To = to, Circa = circa };
    }

    /// <summary>Reads <c>dd Mon yyyy</c>, <c>Mon yyyy</c> or <c>yyyy</c> (month names or abbreviations, any case).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        text = text.Trim().TrimEnd('.');
        Span<Range> words = stackalloc Range[4];
        var count = text.Split(words, ' ', StringSplitOptions.RemoveEmptyEntries);
        if (count is < 1 or > 3) return false;
        if (!TryYear(text[words[count - 1]], out var year)) return false;
        if (count == 1) { date = new PartialDate(year); return true; }
        var month = Month(text[words[count - 2]]);
        if (month == 0) return false;
        if (count == 2) { date = new PartialDate(year, month); return true; }
        if (!int.TryParse(text[words[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var day)) return false;
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>True when the text starts with a month name (<c>Aug 1965</c>, <c>August 2006</c>).</summary>
    public static bool StartsWithMonth(ReadOnlySpan<char> text)
    {
        var space = text.IndexOf(' ');
        return Month(space < 0 ? text : text[..space]) != 0;
    }

    private static bool TryYear(ReadOnlySpan<char> text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && text.Length == 4 && year >= 1000;

    private static int Month(ReadOnlySpan<char> word)
    {
        if (word.Length < 3) return 0;
        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (!word.StartsWith(MonthNames[i], StringComparison.OrdinalIgnoreCase)) continue;
            // "Aug", "Aug." or "August", but not "Augxyz".
            var full = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(i + 1);
            if (word.Length == 3 || word.TrimEnd('.').Length == 3 || word.Equals(full, StringComparison.OrdinalIgnoreCase)) return i + 1;
        }
        return 0;
    }
}
