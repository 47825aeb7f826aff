using Embargo.Core.Model;
using Embargo.Matching.Text;

namespace Embargo.Matching.Tests.Text;

public sealed class NumberWordsTests
{
    [Theory]
    [InlineData("44", 44)]
    [InlineData("forty", 40)]
    [InlineData("fourty", 40)]
    [InlineData("first", 1)]
    [InlineData("1st", 1)]
    [InlineData("4th", 4)]
    [InlineData("brigade", -1)]
    [InlineData("th", -1)]
    public void TokensHaveTheirNumber(string token, int value) => Assert.Equal(value, NumberWords.ValueOf(token));

    [Theory]
    [InlineData("Brigade Forty-Four", "Brigade 44")]
    [InlineData("1st International Bank", "First International Bank")]
    public void NumbersInWordsMeetDigits(string query, string listed) =>
        Assert.True(NameComparer.Compare(query, listed, EntityKind.Organization).IsMatch);
}
