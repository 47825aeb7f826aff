using System.Xml.Linq;
using Embargo.Core.Model;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Un;

/// <summary>
/// UN dates: ISO in <c>DATE</c>, <c>LISTED_ON</c> (sometimes with a zone, <c>2015-04-07-04:00</c>), and dates
/// of birth spread over <c>TYPE_OF_DATE</c>, <c>DATE</c>, <c>YEAR</c>, <c>FROM_YEAR</c>, <c>TO_YEAR</c> and a
/// free <c>NOTE</c> (<c>Nov. 1973</c>, <c>Approximately</c>).
/// </summary>
internal static class UnDates
{
    /// <summary>An ISO date, ignoring anything after <c>yyyy-MM-dd</c> (a time or zone).</summary>
    public static bool TryParseIso(string? text, out PartialDate date)
    {
        date = default;
        if (text is null) return false;
        var span = text.AsSpan().Trim();
        if (span.Length > 10 && span[10] is 'T' or '-' or '+' or 'Z' or ' ') span = span[..10];
        return PartialDate.TryParseIso(span, out date);
    }

    /// <summary>
    /// Reads one <c>INDIVIDUAL_DATE_OF_BIRTH</c>; null when it holds nothing. <paramref name="readable"/> is false
    /// when there is text but no date could be read from it.
    /// </summary>
    public static DateOfBirth? ReadBirthDate(XElement element, out bool readable)
    {
        readable = true;
        var type = element.Field("TYPE_OF_DATE")?.ToUpperInvariant();
        var exact = element.Field("DATE");
        var year = element.Field("YEAR");
        var from = element.Field("FROM_YEAR");
        var to = element.Field("TO_YEAR");
        var note = element.Field("NOTE");
        if (exact is null && year is null && from is null && to is null && note is null) return null;

        var circa = type == "APPROXIMATELY" || (note?.Contains("approx", StringComparison.OrdinalIgnoreCase) ?? false);
        PartialDate? start = null;
        PartialDate? end = null;
        string? text = null;

        if (from is not null || to is not null)
        {
            start = Date(from);
            end = Date(to);
            text = $"{from ?? "?"} to {to ?? "?"}";
        }
        else if (exact is not null || year is not null)
        {
            var value = exact ?? year!;
            start = TryParseIso(value, out var parsed) ? parsed : null;
            text = value;
            // "YEAR 1958" with "NOTE Sep." is September 1958.
            if (start is { Month: null } y && note is not null && DateText.TryMonth(note, out var month))
                start = new PartialDate(y.Year, month);
        }
        else if (DateText.TryParseRange(note, out var first, out var last))
        {
            // "Between Aug. and Sep. 1977"
            start = first;
            end = last;
        }
        else
        {
            // "Nov. 1973", "August 1961", "1973"
            start = Date(note);
        }

        if (type == "APPROXIMATELY" && text is not null) text = "approximately " + text;
        text = (text, note) switch
        {
            (null, _) => note!,
            (_, null) => text,
            _ => $"{text} ({note})",
        };
        readable = start is not null;
        return new DateOfBirth { Text = text, Date = start, To = end, Circa = circa };
    }

    private static PartialDate? Date(string? text) => DateText.TryParse(text, out var date) ? date : null;
}
