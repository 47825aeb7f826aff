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
    [InlineData("ii", 2)]
    [InlineData("xiv", 14)]
    [InlineData("viii", 8)]
    [InlineData("iiii", -1)]
    [InlineData("xi", -1)]   // the Chinese syllable (习 Xi), not eleven
    [InlineData("2se", 2)]   // Korean 2세
    [InlineData("hshni", 2)] // Hebrew השני, the second
    public void TokensHaveTheirNumber(string token, int value) => Assert.Equal(value, NumberWords.ValueOf(token));

    [Theory]
    [InlineData("레오 10세", "Leo X")]
    [InlineData("פיוס השני", "Pius II")]
    public void RegnalNumbersMeetAcrossScripts(string native, string latin) =>
        Assert.True(NameComparer.Compare(native, latin, EntityKind.Person).IsMatch);

    [Fact]
    public void AnotherRegnalNumberIsAnotherRuler() =>
        Assert.False(NameComparer.Compare("פיוס השני", "Pius IV", EntityKind.Person).IsMatch);

    [Theory]
    [InlineData("Brigade Forty-Four", "Brigade 44")]
    [InlineData("1st International Bank", "First International Bank")]
    public void NumbersInWordsMeetDigits(string query, string listed) =>
        Assert.True(NameComparer.Compare(query, listed, EntityKind.Organization).IsMatch);
}
