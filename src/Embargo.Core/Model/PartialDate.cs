using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Embargo.Core.Model;

/// <summary>
/// A date known to the year, the month or the day, as lists publish them ("1965", "Aug 1965", "11 Aug 1965").
/// Written as an ISO 8601 prefix: <c>1965</c>, <c>1965-08</c>, <c>1965-08-11</c>.
/// </summary>
[JsonConverter(typeof(PartialDateJsonConverter))]
public readonly record struct PartialDate : IComparable<PartialDate>
{
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be 1..9999.");
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1..12.");
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value)))
            throw new ArgumentOutOfRangeException(nameof(day), day, "Day must exist in its month.");
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        (int m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        (int m, int d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
    };

    public int CompareTo(PartialDate other)
    {
        var c = Year.CompareTo(other.Year);
        if (c != 0) return c;
        c = (Month ?? 0).CompareTo(other.Month ?? 0);
        return c != 0 ? c : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    /// <summary>Parses an ISO prefix (<c>yyyy</c>, <c>yyyy-MM</c>, <c>yyyy-MM-dd</c>); anything else returns false.</summary>
    public static bool TryParseIso(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        text = text.Trim();
        if (text.Length is not (4 or 7 or 10)) return false;
        if (!int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 1) return false;
        if (text.Length == 4) { date = new PartialDate(y); return true; }
        if (text[4] != '-' || !int.TryParse(text.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12) return false;
        if (text.Length == 7) { date = new PartialDate(y, m); return true; }
        if (text[7] != '-' || !int.TryParse(text.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d)) return false;
        if (d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new PartialDate(y, m, d);
        return true;
    }

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);
}

internal sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return text is not null && PartialDate.TryParseIso(text, out var date)
            ? date
            : throw new JsonException($"'{text}' is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd.");
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
