using System.Buffers;
using System.Globalization;
using System.Net.Http.Headers;

namespace Embargo.Lists.Download;

/// <summary>One HTTP attempt at one file: request, checks on the reply, body into the .part.</summary>
public sealed partial class ListDownloader
{
    private const int BufferBytes = 1 << 16;
    private const long ProgressStepBytes = 256 * 1024;

    private async Task<AttemptResult> AttemptAsync(FileJob job, int attempt, CancellationToken ct)
    {
        using var attemptCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        attemptCts.CancelAfter(_options.AttemptTimeout);

        var resumeFrom = File.Exists(job.PartPath) ? new FileInfo(job.PartPath).Length : 0;
        var saved = resumeFrom > 0 ? DownloadMetadata.TryRead(job.PartMetadataPath) : null;
        // A .part fetched from another address (a mirror, say) may be another version: do not continue it.
        if (saved is not null && saved.Url != job.File.Url) resumeFrom = 0;

        using var request = CreateRequest(job.File.Url, resumeFrom, saved);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attemptCts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return TimedOut(0);
        }
        catch (HttpRequestException e)
        {
            return AttemptResult.Retry("network error: " + e.Message);
        }
        using (response)
        {
            return await ReceiveAsync(job, attempt, response, resumeFrom, saved, attemptCts, ct).ConfigureAwait(false);
        }
    }

    private HttpRequestMessage CreateRequest(Uri url, long resumeFrom, DownloadMetadata? saved)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        request.Headers.Accept.ParseAdd("*/*");
        if (resumeFrom > 0)
        {
            request.Headers.Range = new RangeHeaderValue(resumeFrom, null);
            // With If-Range the server sends the rest only while the file is still the version the .part
            // holds, and the whole new file otherwise, so two versions are never stitched together.
            if (saved?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag) && !tag.IsWeak)
                request.Headers.IfRange = new RangeConditionHeaderValue(tag);
            else if (saved?.LastModified is { } lastModified)
                request.Headers.IfRange = new RangeConditionHeaderValue(lastModified);
        }
        return request;
    }

    private async Task<AttemptResult> ReceiveAsync(
        FileJob job, int attempt, HttpResponseMessage response, long resumeFrom, DownloadMetadata? saved,
        CancellationTokenSource attemptCts, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        var headers = response.Content.Headers;
        if (status == 416)
            return AttemptResult.StartOver("HTTP 416: the partial file does not fit the server's file") with { HttpStatus = status };
        if (status is 408 or 429 or >= 500)
            return AttemptResult.Retry(HttpText(response)) with { HttpStatus = status, RetryAfter = RetryDelay.FromHeader(response.Headers.RetryAfter) };
        if (status is not (200 or 206))
            return AttemptResult.Fatal(HttpText(response), NotRetried(status)) with { HttpStatus = status };
        if (HtmlSniffer.IsHtmlContentType(headers.ContentType)) return ServedHtml(status);

        long startAt;
        long? total;
        if (status == 206)
        {
            var range = headers.ContentRange;
            if (resumeFrom == 0 || range?.From != resumeFrom || !string.Equals(range.Unit, "bytes", StringComparison.OrdinalIgnoreCase))
                return AttemptResult.StartOver("the server's partial reply does not continue the partial file") with { HttpStatus = status };
            total = range.Length ?? resumeFrom + headers.ContentLength;
            if (saved?.Length is { } known && total is { } announced && known != announced)
                return AttemptResult.StartOver("the file changed on the server since the partial download") with { HttpStatus = status };
            startAt = resumeFrom;
        }
        else
        {
            startAt = 0;
            total = headers.ContentLength;
        }
        if (total > _options.MaxBytesPerFile) return TooLarge(total.Value, status);

        var metadata = new DownloadMetadata(
            job.File.Url, response.Headers.ETag?.ToString() ?? saved?.ETag, headers.LastModified ?? saved?.LastModified, total);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
        long received = 0;
        try
        {
            var token = attemptCts.Token;
            var body = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);

            // Look at the start before the .part is touched: a maintenance page must not replace a
            // resumable .part, and must never be renamed into place.
            var filled = 0;
            var broken = false;
            if (startAt == 0)
            {
                while (filled < HtmlSniffer.SniffBytes)
                {
                    var n = await ReadChunkAsync(body, buffer.AsMemory(filled, HtmlSniffer.SniffBytes - filled), token).ConfigureAwait(false);
                    if (n <= 0)
                    {
                        broken = n < 0;
                        break;
                    }
                    filled += n;
                }
                if (filled == 0 && !broken) return AttemptResult.Fatal("served an empty file") with { HttpStatus = status };
                if (HtmlSniffer.LooksLikeHtml(buffer.AsSpan(0, filled))) return ServedHtml(status);
                if (filled > _options.MaxBytesPerFile) return TooLarge(null, status);
            }

            await using var part = new FileStream(
                job.PartPath, startAt == 0 ? FileMode.Create : FileMode.Append, FileAccess.Write, FileShare.None, BufferBytes, FileOptions.Asynchronous);
            metadata.Write(job.PartMetadataPath);
            Report(job, attempt, startAt, total);
            var reported = startAt;
            if (filled > 0)
            {
                await part.WriteAsync(buffer.AsMemory(0, filled), token).ConfigureAwait(false);
                received = filled;
            }
            while (!broken)
            {
                var n = await ReadChunkAsync(body, buffer.AsMemory(0, BufferBytes), token).ConfigureAwait(false);
                if (n < 0) broken = true;
                if (n <= 0) break;
                if (startAt + received + n > _options.MaxBytesPerFile) return TooLarge(null, status);
                await part.WriteAsync(buffer.AsMemory(0, n), token).ConfigureAwait(false);
                received += n;
                // An idle limit, not a total one: each chunk buys the server another full wait.
                attemptCts.CancelAfter(_options.AttemptTimeout);
                if (startAt + received - reported >= ProgressStepBytes)
                {
                    reported = startAt + received;
                    Report(job, attempt, reported, total);
                }
            }

            var have = startAt + received;
            if (broken || (total is { } expected && have < expected))
                return AttemptResult.Retry(Interrupted(have, total), received) with { HttpStatus = status };
            if (total is { } announcedTotal && have > announcedTotal)
                return AttemptResult.StartOver(Invariant($"got {have:N0} bytes where {announcedTotal:N0} were announced")) with { HttpStatus = status, BytesTransferred = received };
            await part.FlushAsync(token).ConfigureAwait(false);
            part.Flush(flushToDisk: true);
            return AttemptResult.Complete(have, received, startAt, metadata with { Length = have });
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return TimedOut(received);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Bytes read, 0 at the end of the body, -1 when the connection broke.</summary>
    private static async ValueTask<int> ReadChunkAsync(Stream body, Memory<byte> buffer, CancellationToken token)
    {
        try
        {
            return await body.ReadAsync(buffer, token).ConfigureAwait(false);
        }
        catch (IOException)
        {
            return -1;
        }
    }

    private static void Report(FileJob job, int attempt, long bytes, long? total) =>
        job.Progress?.Report(new DownloadProgress(job.Source, job.File.FileName, job.Index, job.Count, bytes, total, attempt));

    private AttemptResult TimedOut(long received) =>
        AttemptResult.Retry("timed out", received) with
        {
            Detail = Invariant($"no data for {_options.AttemptTimeout.TotalSeconds:0.###} s"),
        };

    private AttemptResult TooLarge(long? announced, int status) =>
        AttemptResult.Fatal(announced is { } size
            ? Invariant($"the file is {size:N0} bytes, over the {_options.MaxBytesPerFile:N0}-byte limit")
            : Invariant($"the file is over the {_options.MaxBytesPerFile:N0}-byte limit")) with { HttpStatus = status, DiscardPart = true };

    private static AttemptResult ServedHtml(int status) =>
        AttemptResult.Fatal("served HTML, not the list file", "the publisher's site may be down, or the address may have moved") with { HttpStatus = status };

    private static string Interrupted(long have, long? total) => total is { } expected
        ? Invariant($"truncated: got {have:N0} of {expected:N0} bytes")
        : Invariant($"connection lost after {have:N0} bytes");

    private static string HttpText(HttpResponseMessage response) =>
        string.IsNullOrWhiteSpace(response.ReasonPhrase)
            ? Invariant($"HTTP {(int)response.StatusCode}")
            : Invariant($"HTTP {(int)response.StatusCode} ({response.ReasonPhrase})");

    private static string NotRetried(int status) => status switch
    {
        401 or 403 => "not retried: access denied",
        404 or 410 => "not retried: the server has no file at this address",
        _ => "not retried",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
