namespace Embargo.Matching.Tests;

public sealed class ScreeningWarmUpTests
{
    [Fact]
    public void TheWarmUpFindsEachMadeUpListingByEveryNameItAsksForInEveryScript()
    {
        // 12 listings by their Latin names, 11 by their names in their own scripts, 4 as people write them.
        Assert.Equal(27, ScreeningWarmUp.Run());
    }

    [Fact]
    public async Task TheWarmUpRunsOncePerProcess()
    {
        var first = ScreeningWarmUp.StartOnce();
        Assert.Same(first, ScreeningWarmUp.StartOnce());
        Assert.Equal(27, await first);
    }
}
