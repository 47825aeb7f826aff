using Embargo.Matching.Text;

namespace Embargo.Matching.Tests.Text;

public sealed class GivenNameVariantsTests
{
    [Theory]
    [InlineData("bill", "william")]
    [InlineData("ted", "theodore")]
    [InlineData("ted", "edward")]
    [InlineData("sasha", "aleksandr")]
    [InlineData("sasha", "alexander")]
    [InlineData("misha", "mikhail")]
    [InlineData("dima", "dmitriy")]
    [InlineData("pepe", "jose")]
    public void ShortFormMeetsItsFullName(string shortForm, string fullName) =>
        Assert.True(GivenNameVariants.Share(GivenNameVariants.FamiliesOf(shortForm), GivenNameVariants.FamiliesOf(fullName)));

    [Theory]
    [InlineData("friedrich", "frederick")]
    [InlineData("giuseppe", "joseph")]
    [InlineData("bill", "robert")]
    [InlineData("bin", "benjamin")]
    public void TranslationsAndStrangersDoNotMeet(string a, string b) =>
        Assert.False(GivenNameVariants.Share(GivenNameVariants.FamiliesOf(a), GivenNameVariants.FamiliesOf(b)));

    [Fact]
    public void OrdinaryTokensBelongToNoFamily() => Assert.Empty(GivenNameVariants.FamiliesOf("lukashenko"));
}
