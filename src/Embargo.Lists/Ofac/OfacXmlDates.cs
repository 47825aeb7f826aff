using System.Globalization;
using Embargo.Core.Model;

namespace Embargo.Lists.Ofac;

/// <summary>
/// Reads the date text OFAC XML publishes (<c>11 Aug 1965</c>, <c>Aug 1965</c>, <c>1965</c>, <c>circa 1965</c>,
/// <c>circa-1951</c>, <c>1960 to 1962</c>, <c>01 Jan 1976 to 31 Dec 1978</c>, and ISO <c>1965-08-11</c>).
/// </summary>
internal static class OfacXmlDates
{
    private static readonly string[] CircaPrefixes = ["circa", "approximately", "approx.", "approx", "about", "ca.", "c."];
    private static readonly string[] RangeSeparators = [" to ", " - ", " until "];
    private static readonly char[] TokenSeparators = [' ', '\t', ','];

    /// <summary>
    /// Reads a date of birth. Always returns one with <see cref="DateOfBirth.Text"/> as published; <paramref name="readable"/>
    /// is false when the date itself could not be understood (then <see cref="DateOfBirth.Date"/> is null).
    /// </summary>
    public static DateOfBirth ReadBirthDate(string text, out bool readable)
    {
        var published = text.Trim();
        var rest = published.AsSpan();
        var circa = StripCirca(ref rest);

        if (rest.StartsWith("between ", StringComparison.OrdinalIgnoreCase))
        {
            var body = rest["between ".Length..];
            var and = body.IndexOf(" and ", StringComparison.OrdinalIgnoreCase);
            if (and > 0 && TryParse(body[..and], out var from) && TryParse(body[(and + 5)..], out var until))
            {
                readable = true;
                return new DateOfBirth { Text = published, Date = from, To = until, Circa = circa };
            }
        }

        foreach (var separator in RangeSeparators)
        {
            var at = rest.IndexOf(separator, StringComparison.OrdinalIgnoreCase);
            if (at <= 0) continue;
            if (TryParse(rest[..at], out var from) && TryParse(rest[(at + separator.Length)..], out var until))
            {
                readable = true;
                return new DateOfBirth { Text = published, Date = from, To = until, Circa = circa };
            }
        }

        if (TryParse(rest, out var date))
        {
            readable = true;
            return new DateOfBirth { Text = published, Date = date, Circa = circa };
        }

        readable = false;
        return new DateOfBirth { Text = published, Circa = circa };
    }

    /// <summary>One date: <c>11 Aug 1965</c>, <c>Aug 1965</c>, <c>1965</c> or an ISO prefix.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        text = text.Trim().TrimEnd('.');
        if (text.IsEmpty) return false;
        if (PartialDate.TryParseIso(text, out date)) return true;

        var tokens = text.ToString().Split(TokenSeparators, StringSplitOptions.RemoveEmptyEntries);
        switch (tokens.Length)
        {
            case 1:
                return TryYear(tokens[0], out var onlyYear) && Make(onlyYear, null, null, out date);
            case 2:
                return TryMonth(tokens[0], out var m2) && TryYear(tokens[1], out var y2) && Make(y2, m2, null, out date);
            case 3:
                // "11 Aug 1965", and the rarer "Aug 11 1965".
                if (TryDay(tokens[0], out var d3) && TryMonth(tokens[1], out var m3) && TryYear(tokens[2], out var y3))
                    return Make(y3, m3, d3, out date);
                if (TryMonth(tokens[0], out m3) && TryDay(tokens[1], out d3) && TryYear(tokens[2], out y3))
                    return Make(y3, m3, d3, out date);
                return false;
            default:
                return false;
        }
    }

    /// <summary>A month name or its abbreviation (<c>Aug</c>, <c>Sept.</c>, <c>August</c>), as 1..12.</summary>
    public static bool TryMonth(string token, out int month)
    {
        month = 0;
        var name = token.TrimEnd('.');
        if (name.Length < 3) return false;
        var names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        for (var i = 0; i < 12; i++)
        {
            if (names[i].StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                month = i + 1;
                return true;
            }
        }
        return false;
    }

    private static bool StripCirca(ref ReadOnlySpan<char> text)
    {
        foreach (var prefix in CircaPrefixes)
        {
            if (!text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
            var after = text[prefix.Length..];
            // "circa-1951" and "circa 1951" both occur; "cambridge" must not match "ca.".
            if (!after.IsEmpty && after[0] is not (' ' or '-' or ':') && !prefix.EndsWith('.')) continue;
            text = after.TrimStart(" -:").Trim();
            return true;
        }
        return false;
    }

    private static bool TryYear(string token, out int year) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out year) && token.Length == 4 && year >= 1;

    private static bool TryDay(string token, out int day) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out day) && token.Length <= 2 && day is >= 1 and <= 31;

    private static bool Make(int year, int? month, int? day, out PartialDate date)
    {
        date = default;
        if (day is not null && month is not null && day > DateTime.DaysInMonth(year, month.Value)) return false;
        date = new PartialDate(year, month, day);
        return true;
    }
}
