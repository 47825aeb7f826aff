namespace Embargo.Lists.Download;

/// <summary>What happened to one file of a source.</summary>
public sealed record FileDownloadOutcome
{
    public required string FileName { get; init; }

    public required Uri Url { get; init; }

    public required FileDownloadStatus Status { get; init; }

    /// <summary>The full path of the staged file, when <see cref="FileDownloadStatus.Downloaded"/>.</summary>
    public string? Path { get; init; }

    /// <summary>The staged file's size.</summary>
    public long Bytes { get; init; }

    /// <summary>Bytes fetched over the network for this file in this run, failed attempts included.</summary>
    public long BytesTransferred { get; init; }

    /// <summary>Where the completing attempt resumed a partial file from an earlier attempt or run (0: from scratch).</summary>
    public long ResumedFrom { get; init; }

    /// <summary>Attempts made (0 when not attempted).</summary>
    public int Attempts { get; init; }

    /// <summary>The HTTP status of the last response, when there was one.</summary>
    public int? HttpStatus { get; init; }

    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    /// <summary>Lower-case hex SHA-256 of the staged file, for the snapshot's provenance.</summary>
    public string? Sha256 { get; init; }

    /// <summary>Why the file is not staged, naming the source, the file, the address and the reason.</summary>
    public string? Error { get; init; }
}
