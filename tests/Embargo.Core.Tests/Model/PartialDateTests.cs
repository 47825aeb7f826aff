using Embargo.Core.Model;

namespace Embargo.Core.Tests.Model;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("1965", 1965, null, null)]
    [InlineData("1965-08", 1965, 8, null)]
    [InlineData("1965-08-11", 1965, 8, 11)]
    public void IsoPrefixRoundTrips(string text, int year, int? month, int? day)
    {
        Assert.True(PartialDate.TryParseIso(text, out var date));
        Assert.Equal(new PartialDate(year, month, day), date);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("1965-13")]
    [InlineData("1965-02-30")]
    [InlineData("65-08-11")]
    [InlineData("11 Aug 1965")]
    [InlineData("")]
    public void ImpossibleOrForeignDatesAreRejected(string text) => Assert.False(PartialDate.TryParseIso(text, out _));

    [Fact]
    public void LessPreciseDateSortsFirstWithinItsYear()
    {
        Assert.True(new PartialDate(1965).CompareTo(new PartialDate(1965, 1, 1)) < 0);
        Assert.True(new PartialDate(1964, 12, 31).CompareTo(new PartialDate(1965)) < 0);
    }

    [Fact]
    public void DayWithoutMonthIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(1965, null, 11));
}
