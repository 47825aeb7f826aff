using System.Globalization;
using System.Security.Cryptography;

namespace Embargo.Lists.Download;

/// <summary>
/// Fetches a source's official files over HTTP into a staging folder. Each file is written to
/// <c>{name}.part</c> and renamed to <c>{name}</c> only once complete; a <c>.part</c> left by a failed
/// attempt or run is resumed with a Range request. Transient failures (network errors, timeouts, 408, 429,
/// 5xx) are retried with exponential backoff; 4xx answers, HTML pages and oversized files fail at once.
/// Network failures never throw: they give a failed <see cref="DownloadResult"/>.
/// One instance may download several sources at once, as long as no two share a staging folder.
/// </summary>
public sealed partial class ListDownloader
{
    /// <summary>Suffix of a file still being downloaded.</summary>
    public const string PartSuffix = ".part";

    /// <summary>Suffix of the JSON kept beside a file: address, ETag, Last-Modified, size, SHA-256.</summary>
    public const string MetadataSuffix = ".meta.json";

    private readonly HttpClient _http;
    private readonly DownloadOptions _options;

    /// <param name="http">Used as given and never disposed: the caller owns it (and its proxy, handler and timeout).</param>
    /// <param name="options">Defaults when null.</param>
    public ListDownloader(HttpClient http, DownloadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        _http = http;
        _options = options ?? new DownloadOptions();
        _options.Validate();
    }

    /// <summary>
    /// Downloads every file of <paramref name="source"/> into <paramref name="stagingDirectory"/> (created if
    /// needed), one after the other, stopping at the first file that fails.
    /// </summary>
    /// <exception cref="ArgumentException">The source or folder is malformed (no files, a file name with a
    /// folder in it, duplicate names).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled; any .part is kept.</exception>
    public async Task<DownloadResult> DownloadAsync(
        SourceDownload source, string stagingDirectory, IProgress<DownloadProgress>? progress, CancellationToken ct)
    {
        Validate(source, stagingDirectory);
        ct.ThrowIfCancellationRequested();
        var outcomes = new List<FileDownloadOutcome>(source.Files.Count);
        var failed = false;
        try
        {
            Directory.CreateDirectory(stagingDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            outcomes.Add(FailedOutcome(source.Source, source.Files[0], $"cannot create the staging folder {stagingDirectory}: {e.Message}", 0, 0, null));
            failed = true;
        }

        for (var i = outcomes.Count; i < source.Files.Count; i++)
        {
            var file = source.Files[i];
            if (failed)
            {
                outcomes.Add(new FileDownloadOutcome { FileName = file.FileName, Url = file.Url, Status = FileDownloadStatus.NotAttempted });
                continue;
            }
            var job = new FileJob(source.Source, file, Path.GetFullPath(Path.Combine(stagingDirectory, file.FileName)), i, source.Files.Count, progress);
            var outcome = await DownloadFileAsync(job, ct).ConfigureAwait(false);
            outcomes.Add(outcome);
            failed = outcome.Status == FileDownloadStatus.Failed;
        }
        return DownloadResult.From(source.Source, outcomes);
    }

    private async Task<FileDownloadOutcome> DownloadFileAsync(FileJob job, CancellationToken ct)
    {
        var attempts = 0;
        long transferred = 0;
        try
        {
            // A complete file from an earlier run is stale once this run reaches it: the folder only ever
            // holds complete files of the latest run.
            DeleteIfPresent(job.TargetPath);
            DeleteIfPresent(job.TargetPath + MetadataSuffix);

            var startedOver = false;
            AttemptResult result;
            while (true)
            {
                attempts++;
                result = await AttemptAsync(job, attempts, ct).ConfigureAwait(false);
                transferred += result.BytesTransferred;
                if (result.Kind == AttemptKind.StartOver)
                {
                    DiscardPart(job);
                    // The first start-over is free: it is the normal answer to a stale .part.
                    if (!startedOver)
                    {
                        startedOver = true;
                        attempts--;
                        continue;
                    }
                }
                if (result.Kind is AttemptKind.Complete or AttemptKind.Fatal || attempts >= _options.MaxAttempts) break;
                await Task.Delay(RetryDelay.After(attempts, result.RetryAfter, _options), ct).ConfigureAwait(false);
            }

            if (result.DiscardPart) DiscardPart(job);
            if (result.Kind == AttemptKind.Complete) return await StageAsync(job, result, attempts, transferred, ct).ConfigureAwait(false);
            if (!job.File.Required && result.HttpStatus is 404 or 410)
            {
                return new FileDownloadOutcome
                {
                    FileName = job.File.FileName, Url = job.File.Url, Status = FileDownloadStatus.Skipped,
                    Attempts = attempts, HttpStatus = result.HttpStatus, BytesTransferred = transferred,
                };
            }
            return FailedOutcome(job.Source, job.File, Describe(result, attempts), attempts, transferred, result.HttpStatus);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Network errors are handled inside the attempt; what reaches here is the local disk.
            return FailedOutcome(job.Source, job.File, $"cannot write the staging file {job.PartPath}: {e.Message}", attempts, transferred, null);
        }
    }

    // The .part becomes the file only here, after it is flushed to disk and hashed.
    private static async Task<FileDownloadOutcome> StageAsync(FileJob job, AttemptResult result, int attempts, long transferred, CancellationToken ct)
    {
        string sha256;
        await using (var stream = new FileStream(job.PartPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan))
        {
            sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct).ConfigureAwait(false));
        }
        File.Move(job.PartPath, job.TargetPath, overwrite: true);
        var metadata = result.Metadata! with { Length = result.Bytes, Sha256 = sha256, CompletedAt = DateTimeOffset.UtcNow };
        metadata.Write(job.TargetPath + MetadataSuffix);
        DeleteIfPresent(job.PartMetadataPath);
        job.Progress?.Report(new DownloadProgress(job.Source, job.File.FileName, job.Index, job.Count, result.Bytes, result.Bytes, attempts));
        return new FileDownloadOutcome
        {
            FileName = job.File.FileName,
            Url = job.File.Url,
            Status = FileDownloadStatus.Downloaded,
            Path = job.TargetPath,
            Bytes = result.Bytes,
            BytesTransferred = transferred,
            ResumedFrom = result.ResumedFrom,
            Attempts = attempts,
            HttpStatus = result.HttpStatus,
            ETag = metadata.ETag,
            LastModified = metadata.LastModified,
            Sha256 = sha256,
        };
    }

    private static FileDownloadOutcome FailedOutcome(string source, RemoteFile file, string reason, int attempts, long transferred, int? httpStatus) => new()
    {
        FileName = file.FileName,
        Url = file.Url,
        Status = FileDownloadStatus.Failed,
        Attempts = attempts,
        BytesTransferred = transferred,
        HttpStatus = httpStatus,
        Error = $"{source}: could not download {file.FileName} from {file.Url}: {reason}",
    };

    // "HTTP 503 (Service Unavailable) after 4 attempts", "timed out after 3 attempts (no data for 60 s)".
    private static string Describe(AttemptResult result, int attempts)
    {
        var text = result.Reason;
        if (result.Kind != AttemptKind.Fatal)
            text += string.Create(CultureInfo.InvariantCulture, $" after {attempts} attempt{(attempts == 1 ? "" : "s")}");
        return result.Detail is null ? text : $"{text} ({result.Detail})";
    }

    private static void Validate(SourceDownload source, string stagingDirectory)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(stagingDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(source.Source, nameof(source));
        if (source.Files is null || source.Files.Count == 0)
            throw new ArgumentException($"{source.Source}: no files to download", nameof(source));
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in source.Files)
        {
            ArgumentNullException.ThrowIfNull(file, nameof(source));
            if (string.IsNullOrWhiteSpace(file.FileName) || file.FileName != Path.GetFileName(file.FileName)
                || file.FileName is "." or ".." || file.FileName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
                throw new ArgumentException($"{source.Source}: '{file.FileName}' is not a plain file name", nameof(source));
            if (!names.Add(file.FileName))
                throw new ArgumentException($"{source.Source}: file name '{file.FileName}' appears twice", nameof(source));
            if (file.Url is null || !file.Url.IsAbsoluteUri || (file.Url.Scheme != Uri.UriSchemeHttp && file.Url.Scheme != Uri.UriSchemeHttps))
                throw new ArgumentException($"{source.Source}: {file.FileName} needs an absolute http(s) address, not '{file.Url}'", nameof(source));
        }
    }

    private static void DiscardPart(FileJob job)
    {
        DeleteIfPresent(job.PartPath);
        DeleteIfPresent(job.PartMetadataPath);
    }

    private static void DeleteIfPresent(string path)
    {
        if (File.Exists(path)) File.Delete(path);
    }

    private sealed record FileJob(string Source, RemoteFile File, string TargetPath, int Index, int Count, IProgress<DownloadProgress>? Progress)
    {
        public string PartPath { get; } = TargetPath + PartSuffix;

        public string PartMetadataPath => PartPath + MetadataSuffix;
    }
}
