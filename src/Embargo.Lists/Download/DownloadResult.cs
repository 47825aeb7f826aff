using Embargo.Lists.Parsing;

namespace Embargo.Lists.Download;

/// <summary>
/// The outcome of downloading one source. Only a succeeded result names staged files: a failed one hands
/// nothing over, so a failed download can never reach the active snapshot.
/// </summary>
public sealed record DownloadResult
{
    public required string Source { get; init; }

    /// <summary>Every required file is staged complete.</summary>
    public required bool Succeeded { get; init; }

    /// <summary>Full paths of the staged files, in the source's order; empty unless <see cref="Succeeded"/>.</summary>
    public required IReadOnlyList<string> StagedFiles { get; init; }

    /// <summary>Total size of the staged files.</summary>
    public long Bytes { get; init; }

    /// <summary>Bytes fetched over the network in this run (less than <see cref="Bytes"/> after a resume).</summary>
    public long BytesTransferred { get; init; }

    /// <summary>One outcome per file of the source, in order.</summary>
    public required IReadOnlyList<FileDownloadOutcome> Files { get; init; }

    /// <summary>On failure: the source, the file, the address and the reason.</summary>
    public string? Error { get; init; }

    /// <summary>The staged files as the parsers take them.</summary>
    /// <exception cref="InvalidOperationException">The download failed.</exception>
    public ListFileSet ToFileSet() => Succeeded
        ? new ListFileSet(StagedFiles)
        : throw new InvalidOperationException($"the download of {Source} failed, nothing is staged: {Error}");

    internal static DownloadResult From(string source, IReadOnlyList<FileDownloadOutcome> files)
    {
        var failure = files.FirstOrDefault(f => f.Status is FileDownloadStatus.Failed or FileDownloadStatus.NotAttempted);
        var downloaded = files.Where(f => f.Status == FileDownloadStatus.Downloaded).ToList();
        return new DownloadResult
        {
            Source = source,
            Succeeded = failure is null,
            StagedFiles = failure is null ? [.. downloaded.Select(f => f.Path!)] : [],
            Bytes = failure is null ? downloaded.Sum(f => f.Bytes) : 0,
            BytesTransferred = files.Sum(f => f.BytesTransferred),
            Files = files,
            Error = failure is null ? null : failure.Error ?? $"{source}: {failure.FileName} was not downloaded",
        };
    }
}
