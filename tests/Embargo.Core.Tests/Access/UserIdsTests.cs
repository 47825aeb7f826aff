using Embargo.Core.Access;

namespace Embargo.Core.Tests.Access;

public sealed class UserIdsTests
{
    [Theory]
    [InlineData("alice", "alice")]
    [InlineData(" Alice.Martin@Bank.example ", "alice.martin@bank.example")]
    [InlineData("j_doe-2", "j_doe-2")]
    public void ValidIdsAreLowercasedAndTrimmed(string text, string expected) => Assert.Equal(expected, UserIds.Normalize(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("alice martin")]
    [InlineData("key:abc")]
    [InlineData("ålice")]
    public void IdsWithOtherCharactersAreRefused(string? text) => Assert.Null(UserIds.Normalize(text));

    [Fact]
    public void AnActorWithoutTheRoleIsDenied()
    {
        var reviewer = new Actor("bob", ApiRole.Review, ActorKind.User);
        reviewer.Require(ApiRole.Review, "decide");
        var e = Assert.Throws<AccessDeniedException>(() => reviewer.Require(ApiRole.Approve, "approve"));
        Assert.Contains("approve role", e.Message, StringComparison.Ordinal);
    }
}
