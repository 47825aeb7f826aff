namespace Embargo.Matching.Tests;

public sealed class NameComparerTests
{
    [Fact]
    public void IdenticalNamesScoreOne() => Assert.Equal(1.0, NameComparer.Compare("Dmitry Shugayev", "Dmitry Shugayev").Score, 3);
}
