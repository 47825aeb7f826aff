using Embargo.Matching.Scoring;

namespace Embargo.Matching.Tests.Scoring;

public sealed class AbbreviationsTests
{
    [Theory]
    [InlineData("intl", "international")]
    [InlineData("natl", "national")]
    [InlineData("mfg", "manufacturing")]
    [InlineData("mgmt", "management")]
    [InlineData("hldgs", "holdings")]
    [InlineData("bros", "brothers")]
    public void ContractionMeetsItsWord(string abbreviation, string word)
    {
        Assert.True(Abbreviations.Contracts(abbreviation, word));
        Assert.True(Abbreviations.Contracts(word, abbreviation));
    }

    [Theory]
    [InlineData("tech", "technology")]
    [InlineData("bank", "blanket")]
    [InlineData("int", "intl")]
    [InlineData("ltd", "limited1")]
    public void OtherPairsAreNoContraction(string a, string b) => Assert.False(Abbreviations.Contracts(a, b));
}
