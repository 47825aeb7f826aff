using Embargo.Core.Model;

namespace Embargo.Matching.Tests.Scoring;

/// <summary>Hebrew names against their Latin spelling: short tokens and runs of Latin tokens.</summary>
public sealed class AbjadSkeletonTests
{
    [Fact]
    public void AShortGivenNameCountsBesideASurname() =>
        Assert.True(NameComparer.Compare("אבי כהן", "Avi Cohen", EntityKind.Person).IsMatch);

    [Fact]
    public void AShortNameAloneMeetsItsSpellingsNotAnotherVowel()
    {
        // ב is b or v, so אבי is Avi; its skeleton alone (one consonant) would meet Abu too, its spelling does not.
        Assert.True(NameComparer.Compare("אבי", "Avi", EntityKind.Person).IsMatch);
        Assert.False(NameComparer.Compare("אבי", "Abu", EntityKind.Person).IsMatch);
    }

    [Fact]
    public void AOneConsonantTokenDoesNotMeetAnotherOpening() =>
        Assert.False(NameComparer.Compare("אבי כהן", "Bo Cohen", EntityKind.Person).IsMatch);

    [Fact]
    public void ATokenPairsWithOneLatinTokenRatherThanARunOfThem()
    {
        var alignment = NameComparer.Compare("ארנסט המינגוויי", "Ernest Day Hemingway", EntityKind.Person).Explanation.Alignment;
        Assert.Contains(alignment, p => p.Listed == "ernest");
    }
}
