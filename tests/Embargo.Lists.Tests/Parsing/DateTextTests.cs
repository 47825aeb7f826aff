using Embargo.Lists.Parsing;

namespace Embargo.Lists.Tests.Parsing;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("11 Aug 1965", "1965-08-11")]
    [InlineData("Aug 11, 1965", "1965-08-11")]
    [InlineData("Aug. 1965", "1965-08")]
    [InlineData("Sept. 1965", "1965-09")]
    [InlineData("August 1965", "1965-08")]
    [InlineData("1965", "1965")]
    [InlineData("1965-08-11", "1965-08-11")]
    [InlineData(" 11 aug 1965. ", "1965-08-11")]
    public void DatesInWordsAndIsoAreRead(string text, string expected)
    {
        Assert.True(DateText.TryParse(text, out var date));
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("31 Feb 1965")]
    [InlineData("Marc 1965")]
    [InlineData("0506")]
    [InlineData("011 Aug 1965")]
    [InlineData("Nove Selo")]
    [InlineData("")]
    public void ImpossibleOrNonDateTextIsNotADate(string text) => Assert.False(DateText.TryParse(text, out _));

    [Theory]
    [InlineData("1960 to 1962", "1960", "1962")]
    [InlineData("01 Jan 1976 - 31 Dec 1978", "1976-01-01", "1978-12-31")]
    [InlineData("1979-1982", "1979", "1982")]
    [InlineData("between 1960 and 1962", "1960", "1962")]
    [InlineData("Between Aug. and Sep. 1977", "1977-08", "1977-09")]
    public void RangesAreRead(string text, string from, string to)
    {
        Assert.True(DateText.TryParseRange(text, out var start, out var end));
        Assert.Equal((from, to), (start.ToString(), end.ToString()));
    }

    [Theory]
    [InlineData("circa 1965", true, "1965")]
    [InlineData("circa-1951", true, "1951")]
    [InlineData("c.1951", true, "1951")]
    [InlineData("approx. 1960 to 1962", true, "1960")]
    [InlineData("C.V.", false, null)]
    [InlineData("Cambridge", false, null)]
    public void BirthDateKeepsItsTextAndNotesApproximation(string text, bool circa, string? date)
    {
        var birth = DateText.ReadBirthDate(text, out var readable);

        Assert.Equal((text, circa, date is not null, date), (birth.Text, birth.Circa, readable, birth.Date?.ToString()));
    }

    [Theory]
    [InlineData("04/22/2020", "2020-04-22T00:00:00+00:00")]
    [InlineData("2026-02-27T00:00:09Z", "2026-02-27T00:00:09+00:00")]
    [InlineData("2020-04-15T15:29:22+02:00", "2020-04-15T15:29:22+02:00")]
    public void PublicationDatesAreReadInTheGivenFormatOrIso(string text, string expected)
    {
        Assert.True(DateText.TryParsePublished(text, ["MM/dd/yyyy"], out var published));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), published);
    }

    [Theory]
    [InlineData("6-6")]
    [InlineData("22/04/2020")]
    [InlineData(" ")]
    public void LooseTextIsNotAPublicationDate(string text) => Assert.False(DateText.TryParsePublished(text, ["MM/dd/yyyy"], out _));
}
