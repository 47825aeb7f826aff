using System.Globalization;
using Embargo.Core.Model;

namespace Embargo.Lists.Parsing;

/// <summary>
/// Dates as lists write them in words: <c>11 Aug 1965</c>, <c>Aug 11 1965</c>, <c>Aug 1965</c>, <c>1965</c> and
/// ISO prefixes; ranges (<c>1960 to 1962</c>, <c>01 Jan 1976 - 31 Dec 1978</c>, <c>1979-1982</c>, <c>between Aug.
/// and Sep. 1977</c>); approximations (<c>circa 1965</c>, <c>circa-1951</c>, <c>approx. 1960</c>); and the
/// publication dates files state. Publisher quirks stay with the publisher's parser.
/// </summary>
internal static class DateText
{
    private static readonly string[] CircaPrefixes = ["circa", "approximately", "approx.", "approx", "about", "ca.", "c."];
    private static readonly string[] RangeSeparators = [" to ", " - ", " until "];
    private const string TokenSeparators = " \t,";
    private const int MinYear = 1000;

    /// <summary>
    /// Reads a date of birth: a date or a range, perhaps approximate. Always returns one with
    /// <see cref="DateOfBirth.Text"/> as published (trimmed); <paramref name="readable"/> is false when the date
    /// itself could not be understood, and then <see cref="DateOfBirth.Date"/> is null.
    /// </summary>
    public static DateOfBirth ReadBirthDate(string text, out bool readable)
    {
        var published = text.Trim();
        var rest = published.AsSpan();
        var circa = TryStripCirca(ref rest);
        if (TryParseRange(rest, out var from, out var to))
        {
            readable = true;
            return new DateOfBirth { Text = published, Date = from, To = to, Circa = circa };
        }
        if (TryParse(rest, out var date))
        {
            readable = true;
            return new DateOfBirth { Text = published, Date = date, Circa = circa };
        }
        readable = false;
        return new DateOfBirth { Text = published, Circa = circa };
    }

    /// <summary>One date: <c>11 Aug 1965</c>, <c>Aug 11 1965</c>, <c>Aug 1965</c>, <c>1965</c> or an ISO prefix.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        text = text.Trim().TrimEnd('.');
        if (text.IsEmpty) return false;
        if (PartialDate.TryParseIso(text, out var iso))
        {
            if (iso.Year < MinYear) return false;
            date = iso;
            return true;
        }

        Span<Range> words = stackalloc Range[4];
        var count = text.SplitAny(words, TokenSeparators, StringSplitOptions.RemoveEmptyEntries);
        switch (count)
        {
            case 1:
                return TryYear(text[words[0]], out var onlyYear) && TryCreate(onlyYear, null, null, out date);
            case 2:
                return TryMonth(text[words[0]], out var m2) && TryYear(text[words[1]], out var y2) && TryCreate(y2, m2, null, out date);
            case 3:
                // "11 Aug 1965", and the rarer "Aug 11 1965".
                if (!TryYear(text[words[2]], out var y3)) return false;
                if (TryDay(text[words[0]], out var d3) && TryMonth(text[words[1]], out var m3)) return TryCreate(y3, m3, d3, out date);
                if (TryMonth(text[words[0]], out m3) && TryDay(text[words[1]], out d3)) return TryCreate(y3, m3, d3, out date);
                return false;
            default:
                return false;
        }
    }

    /// <summary>
    /// A range of dates: <c>1960 to 1962</c>, <c>01 Jan 1976 - 31 Dec 1978</c>, <c>1960 until 1962</c>,
    /// <c>1979-1982</c>, or <c>between 1960 and 1962</c>, where a month alone takes the year of the end
    /// (<c>between Aug. and Sep. 1977</c>).
    /// </summary>
    public static bool TryParseRange(ReadOnlySpan<char> text, out PartialDate from, out PartialDate to)
    {
        from = to = default;
        text = text.Trim();
        if (text.StartsWith("between ", StringComparison.OrdinalIgnoreCase))
        {
            var body = text["between ".Length..];
            var and = body.IndexOf(" and ", StringComparison.OrdinalIgnoreCase);
            if (and <= 0 || !TryParse(body[(and + 5)..], out to)) return false;
            if (TryParse(body[..and], out from)) return true;
            if (to.Month is null || !TryMonth(body[..and].Trim(), out var month)) return false;
            from = new PartialDate(to.Year, month);
            return true;
        }
        foreach (var separator in RangeSeparators)
        {
            var at = text.IndexOf(separator, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && TryParse(text[..at], out from) && TryParse(text[(at + separator.Length)..], out to)) return true;
        }
        // "1979-1982": two years; a single ISO date has a two-digit month after its dash.
        return text.Length == 9 && text[4] == '-' && TryParse(text[..4], out from) && TryParse(text[5..], out to);
    }

    /// <summary>
    /// Strips a leading <c>circa</c>, <c>approximately</c>, <c>approx.</c>, <c>about</c>, <c>ca.</c> or <c>c.</c>
    /// followed by a space, a dash or a colon (<c>circa-1951</c>), or for the dotted ones a digit (<c>c.1951</c>);
    /// true when there was one.
    /// </summary>
    public static bool TryStripCirca(ref ReadOnlySpan<char> text)
    {
        foreach (var prefix in CircaPrefixes)
        {
            if (!text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
            var after = text[prefix.Length..];
            // "circa-1951", "c.1951" and a bare "circa" are approximations; "cambridge" and "C.V." are not.
            var dotted = prefix.EndsWith('.');
            var separated = after.IsEmpty ? !dotted : (after[0] is ' ' or '-' or ':' || (dotted && char.IsAsciiDigit(after[0])));
            if (!separated) continue;
            text = after.TrimStart(" -:").Trim();
            return true;
        }
        return false;
    }

    /// <summary>
    /// A month name or its abbreviation (<c>Aug</c>, <c>Aug.</c>, <c>Sept.</c>, <c>August</c>), any case, as 1..12.
    /// Other beginnings of a name are not months: "Marc" and "Nove" start names of people and places.
    /// </summary>
    public static bool TryMonth(ReadOnlySpan<char> word, out int month)
    {
        month = 0;
        var name = word.TrimEnd('.');
        if (name.Length < 3) return false;
        var names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        for (var i = 0; i < 12; i++)
        {
            if (!names[i].AsSpan().StartsWith(name, StringComparison.OrdinalIgnoreCase)) continue;
            var sept = i == 8 && name.Length == 4;
            if (name.Length == 3 || name.Length == names[i].Length || sept)
            {
                month = i + 1;
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the text starts with a month name (<c>Aug 1965</c>, <c>August 2006</c>).</summary>
    public static bool StartsWithMonth(ReadOnlySpan<char> text)
    {
        var space = text.IndexOf(' ');
        return TryMonth(space < 0 ? text : text[..space], out _);
    }

    /// <summary>A date from its numbers, when that day exists in that month; a day needs a month.</summary>
    public static bool TryCreate(int year, int? month, int? day, out PartialDate date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12) return false;
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value))) return false;
        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>
    /// A publication date or time: in one of <paramref name="dayFormats"/> (taken as midnight UTC), else an ISO
    /// 8601 timestamp (UTC unless it names a zone).
    /// </summary>
    public static bool TryParsePublished(string? text, ReadOnlySpan<string> dayFormats, out DateTimeOffset published)
    {
        published = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        foreach (var format in dayFormats)
        {
            if (DateTime.TryParseExact(text.Trim(), format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                published = new DateTimeOffset(day.Date, TimeSpan.Zero);
                return true;
            }
        }
        // Only ISO-shaped text: the general parser would also take "6-6" for the 6th of June this year.
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length >= 10 && char.IsAsciiDigit(trimmed[0]) && trimmed[4] == '-'
            && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out published);
    }

    // Four digits, as lists write years; an earlier one ("0506") is a typing error or a number, not a year.
    private static bool TryYear(ReadOnlySpan<char> word, out int year) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out year) && word.Length == 4 && year >= MinYear;

    private static bool TryDay(ReadOnlySpan<char> word, out int day) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out day) && word.Length <= 2 && day is >= 1 and <= 31;
}
