using Embargo.Core.Access;

namespace Embargo.Core.Tests.Access;

public sealed class UserPasswordTests
{
    private const int FewIterations = 1_000;

    [Fact]
    public void TheRightPasswordVerifiesAndAWrongOneDoesNot()
    {
        var hash = UserPassword.Hash("correct horse battery", FewIterations);
        Assert.True(UserPassword.Verify("correct horse battery", hash));
        Assert.False(UserPassword.Verify("correct horse batterY", hash));
    }

    [Fact]
    public void TheSamePasswordHashesDifferentlyEachTime()
    {
        Assert.NotEqual(UserPassword.Hash("same password", FewIterations), UserPassword.Hash("same password", FewIterations));
    }

    [Fact]
    public void TheHashRecordsItsSchemeAndCost()
    {
        Assert.StartsWith("pbkdf2-sha256$1000$", UserPassword.Hash("whatever1", FewIterations), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("plain-text")]
    [InlineData("pbkdf2-sha256$x$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$1000$not base64!$AAAA")]
    [InlineData("md5$1000$AAAA$AAAA")]
    public void AMalformedHashVerifiesNothing(string? stored)
    {
        Assert.False(UserPassword.Verify("anything", stored));
    }
}
