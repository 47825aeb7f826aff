using Embargo.Hosting.Batch;

namespace Embargo.Cli.Tests.Batch;

public sealed class BatchWarmUpTests
{
    [Fact]
    public async Task TheWarmUpReadsAndWritesEveryFormatAndEachMadeUpRecordFindsItsListing()
    {
        // Three CSV and two JSON Lines records, each written both as JSON Lines and as CSV.
        Assert.Equal(10, await BatchWarmUp.RunAsync());
    }
}
