using System.Reflection;

namespace Embargo.Lists.Download;

/// <summary>How hard <see cref="ListDownloader"/> tries, and how much it accepts.</summary>
public sealed record DownloadOptions
{
    public const string SectionName = "Embargo:Download";

    /// <summary>
    /// How long one attempt may wait for the server: for the response headers, and again for each chunk of
    /// the body (an idle limit, so a large file on a slow but live link is not cut off).
    /// </summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Attempts per file, the first included.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>The wait before the second attempt; it doubles for each further one (plus a little jitter).</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait a server's Retry-After is allowed to impose.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>A file larger than this is refused (the largest official file, EU FSF, is ~25 MB).</summary>
    public long MaxBytesPerFile { get; init; } = 512L * 1024 * 1024;

    /// <summary>Sent with every request so publishers can tell who is calling.</summary>
    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary><c>Embargo/{version} (+https://github.com/embargo)</c>.</summary>
    public static string DefaultUserAgent { get; } = $"Embargo/{ProductVersion()} (+https://github.com/embargo)";

    internal void Validate()
    {
        if (AttemptTimeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(AttemptTimeout), AttemptTimeout, "must be positive");
        if (MaxAttempts < 1) throw new ArgumentOutOfRangeException(nameof(MaxAttempts), MaxAttempts, "must be at least 1");
        if (RetryBaseDelay < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(RetryBaseDelay), RetryBaseDelay, "cannot be negative");
        if (MaxRetryAfter < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(MaxRetryAfter), MaxRetryAfter, "cannot be negative");
        if (MaxBytesPerFile < 1) throw new ArgumentOutOfRangeException(nameof(MaxBytesPerFile), MaxBytesPerFile, "must be positive");
        if (string.IsNullOrWhiteSpace(UserAgent)) throw new ArgumentException("a User-Agent is required", nameof(UserAgent));
    }

    // "1.2.3+commit" -> "1.2.3": the build metadata means nothing to a publisher.
    private static string ProductVersion()
    {
        var assembly = typeof(DownloadOptions).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
