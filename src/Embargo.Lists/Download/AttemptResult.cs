namespace Embargo.Lists.Download;

/// <summary>How one HTTP attempt at one file ended.</summary>
internal sealed record AttemptResult(AttemptKind Kind, string Reason)
{
    /// <summary>Said after the attempt count in messages, e.g. "no data for 60 s".</summary>
    public string? Detail { get; init; }

    public int? HttpStatus { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Bytes this attempt wrote to the .part.</summary>
    public long BytesTransferred { get; init; }

    /// <summary>Where this attempt started in the file.</summary>
    public long ResumedFrom { get; init; }

    /// <summary>The file's size, when complete.</summary>
    public long Bytes { get; init; }

    /// <summary>The .part is useless for a resume (over the size limit).</summary>
    public bool DiscardPart { get; init; }

    public DownloadMetadata? Metadata { get; init; }

    public static AttemptResult Complete(long bytes, long transferred, long resumedFrom, DownloadMetadata metadata) =>
        new(AttemptKind.Complete, "complete")
        {
            Bytes = bytes, BytesTransferred = transferred, ResumedFrom = resumedFrom, Metadata = metadata, HttpStatus = resumedFrom > 0 ? 206 : 200,
        };

    public static AttemptResult Retry(string reason, long transferred = 0) =>
        new(AttemptKind.Retry, reason) { BytesTransferred = transferred };

    public static AttemptResult Fatal(string reason, string? detail = null) =>
        new(AttemptKind.Fatal, reason) { Detail = detail };

    public static AttemptResult StartOver(string reason) => new(AttemptKind.StartOver, reason);
}
