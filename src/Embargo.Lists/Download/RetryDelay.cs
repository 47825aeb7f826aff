using System.Net.Http.Headers;

namespace Embargo.Lists.Download;

/// <summary>The pause before the next attempt: exponential backoff, stretched to a server's Retry-After.</summary>
internal static class RetryDelay
{
    /// <summary>Up to this share is added at random, so many installations do not retry in step.</summary>
    private const double Jitter = 0.2;

    /// <summary>However many attempts are configured, one pause never exceeds this.</summary>
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(5);

    public static TimeSpan After(int attemptsMade, TimeSpan? retryAfter, DownloadOptions options)
    {
        var backoff = options.RetryBaseDelay * Math.Pow(2, Math.Min(attemptsMade - 1, 30));
        if (backoff > MaxBackoff) backoff = MaxBackoff;
        backoff += backoff * (Random.Shared.NextDouble() * Jitter);
        if (retryAfter is { } asked)
        {
            var honoured = asked < options.MaxRetryAfter ? asked : options.MaxRetryAfter;
            if (honoured > backoff) backoff = honoured;
        }
        return backoff;
    }

    /// <summary>The server's Retry-After as a wait from now (seconds or a date), or null.</summary>
    public static TimeSpan? FromHeader(RetryConditionHeaderValue? header)
    {
        if (header is null) return null;
        var wait = header.Delta ?? (header.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return wait is { } w && w < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }
}
