using Embargo.Lists.Download;

namespace Embargo.Lists.Tests.Download;

public sealed class RetryDelayTests
{
    private static readonly DownloadOptions Options = new() { RetryBaseDelay = TimeSpan.FromSeconds(1), MaxRetryAfter = TimeSpan.FromSeconds(10) };

    [Fact]
    public void BackoffDoublesWithEachAttemptPlusAtMostAFifthOfJitter()
    {
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var expected = TimeSpan.FromSeconds(Math.Pow(2, attempt - 1));
            var delay = RetryDelay.After(attempt, null, Options);
            Assert.InRange(delay, expected, expected * 1.2);
        }
    }

    [Fact]
    public void RetryAfterLongerThanTheBackoffIsHonoured() =>
        Assert.Equal(TimeSpan.FromSeconds(7), RetryDelay.After(1, TimeSpan.FromSeconds(7), Options));

    [Fact]
    public void RetryAfterBeyondTheCapIsCut() =>
        Assert.Equal(TimeSpan.FromSeconds(10), RetryDelay.After(1, TimeSpan.FromHours(1), Options));

    [Fact]
    public void ShortRetryAfterNeverShortensTheBackoff() =>
        Assert.True(RetryDelay.After(3, TimeSpan.Zero, Options) >= TimeSpan.FromSeconds(4));
}
