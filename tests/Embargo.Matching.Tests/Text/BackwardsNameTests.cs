using Embargo.Matching.Text;

namespace Embargo.Matching.Tests.Text;

public sealed class BackwardsNameTests
{
    [Theory]
    [InlineData("alegnA lekreM", "Merkel Angela")]
    [InlineData("lekreM", "Merkel")]
    public void NameWhoseWordsEndWithTheirCapitalsIsReadBack(string name, string readBack) => Assert.Equal(readBack, BackwardsName.ReadBack(name));

    [Theory]
    [InlineData("Angela Merkel")]
    [InlineData("ANGELA MERKEL")]
    [InlineData("angela merkel")]
    [InlineData("Ronald McDonald")]
    [InlineData("lekreM Angela")]
    [InlineData("aB")]
    public void NameWrittenForwardsIsNotReadBack(string name) => Assert.Null(BackwardsName.ReadBack(name));
}
