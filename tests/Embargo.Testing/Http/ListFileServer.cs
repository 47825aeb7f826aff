using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Embargo.Testing.Http;

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 that serves files under a folder (the shared lists) and misbehaves on
/// request. It speaks raw sockets so it can cut a body short or go silent mid-reply, which a polite server
/// library will not do. One request per connection (<c>Connection: close</c>).
/// </summary>
public sealed class ListFileServer : IAsyncDisposable
{
    private readonly string _root;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<Reply> _script = new();
    private readonly ConcurrentQueue<SeenRequest> _requests = new();
    private readonly ConcurrentBag<Task> _connections = [];
    private readonly Task _acceptLoop;

    public ListFileServer(string root)
    {
        _root = Path.GetFullPath(root);
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _acceptLoop = AcceptAsync();
    }

    public Uri BaseAddress { get; }

    /// <summary>The answer once the script is used up.</summary>
    public Reply Default { get; set; } = Reply.File;

    public int TruncateAfterBytes { get; set; } = 100_000;

    public TimeSpan Stall { get; set; } = TimeSpan.FromSeconds(30);

    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>Part of every ETag: change it to make the files look republished.</summary>
    public string Version { get; set; } = "v1";

    public IReadOnlyList<SeenRequest> Requests => [.. _requests];

    /// <summary>The address of a folder under the root, for <c>OfficialSources.Resolve</c>.</summary>
    public Uri Folder(string folder) => new(BaseAddress, folder + "/");

    /// <summary>Answers the next requests with these, in order, then falls back to <see cref="Default"/>.</summary>
    public void Script(params Reply[] replies)
    {
        foreach (var reply in replies) _script.Enqueue(reply);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await Quietly(_acceptLoop);
        foreach (var connection in _connections) await Quietly(connection);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _connections.Add(Quietly(ServeAsync(client)));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var head = await ReadHeadAsync(stream);
            if (head is null) return;
            var reply = _script.TryDequeue(out var scripted) ? scripted : Default;
            _requests.Enqueue(new SeenRequest(head.Path, head.Header("Range"), head.Header("If-Range"), head.Header("User-Agent"), reply));
            await AnswerAsync(stream, head, reply);
            await stream.FlushAsync(_stop.Token);
            client.Client.Shutdown(SocketShutdown.Both);
        }
    }

    private async Task AnswerAsync(NetworkStream stream, RequestHead head, Reply reply)
    {
        switch (reply)
        {
            case Reply.ServiceUnavailable: await StatusAsync(stream, 503, "Service Unavailable"); return;
            case Reply.InternalError: await StatusAsync(stream, 500, "Internal Server Error"); return;
            case Reply.NotFound: await StatusAsync(stream, 404, "Not Found"); return;
            case Reply.Forbidden: await StatusAsync(stream, 403, "Forbidden"); return;
            case Reply.TooManyRequests:
                await StatusAsync(stream, 429, "Too Many Requests", $"Retry-After: {RetryAfterSeconds}\r\n"); return;
            case Reply.HtmlPage:
                await SendAsync(stream, 200, "OK", "text/html; charset=utf-8", MaintenancePage, ""); return;
            case Reply.HtmlBodyAsCsv:
                await SendAsync(stream, 200, "OK", "text/csv", [.. "\r\n  "u8, .. MaintenancePage], ""); return;
            case Reply.SlowHeaders:
                await Task.Delay(Stall, _stop.Token);
                break;
        }

        var path = MapPath(head.Path);
        if (path is null)
        {
            await StatusAsync(stream, 404, "Not Found");
            return;
        }
        var bytes = await File.ReadAllBytesAsync(path, _stop.Token);
        var etag = $"\"{Version}-{bytes.Length}\"";
        var common = $"Accept-Ranges: bytes\r\nETag: {etag}\r\nLast-Modified: {File.GetLastWriteTimeUtc(path).ToString("R", CultureInfo.InvariantCulture)}\r\n";
        var contentType = ContentTypeOf(path);

        if (reply is Reply.Truncated or Reply.StalledBody)
        {
            await WriteHeadAsync(stream, 200, "OK", contentType, bytes.Length, common);
            await stream.WriteAsync(bytes.AsMemory(0, Math.Min(TruncateAfterBytes, bytes.Length)), _stop.Token);
            await stream.FlushAsync(_stop.Token);
            if (reply == Reply.StalledBody) await Task.Delay(Stall, _stop.Token);
            return;
        }

        var from = reply == Reply.File && (head.Header("If-Range") is not { } ifRange || ifRange == etag) ? RangeStart(head.Header("Range")) : null;
        if (from is null)
        {
            await SendAsync(stream, 200, "OK", contentType, bytes, common);
        }
        else if (from >= bytes.Length)
        {
            await StatusAsync(stream, 416, "Range Not Satisfiable", $"Content-Range: bytes */{bytes.Length}\r\n");
        }
        else
        {
            var start = (int)from.Value;
            await SendAsync(stream, 206, "Partial Content", contentType, bytes[start..],
                common + $"Content-Range: bytes {start}-{bytes.Length - 1}/{bytes.Length}\r\n");
        }
    }

    private static readonly byte[] MaintenancePage =
        "<!DOCTYPE html>\n<html><head><title>Down for maintenance</title></head><body><p>Please try again later.</p></body></html>\n"u8.ToArray();

    private Task StatusAsync(NetworkStream stream, int status, string reason, string extraHeaders = "") =>
        SendAsync(stream, status, reason, "text/plain", Encoding.ASCII.GetBytes($"{status} {reason}\n"), extraHeaders);

    private async Task SendAsync(NetworkStream stream, int status, string reason, string contentType, byte[] body, string extraHeaders)
    {
        await WriteHeadAsync(stream, status, reason, contentType, body.Length, extraHeaders);
        await stream.WriteAsync(body, _stop.Token);
    }

    private async Task WriteHeadAsync(NetworkStream stream, int status, string reason, string contentType, long contentLength, string extraHeaders)
    {
        var head = $"HTTP/1.1 {status} {reason}\r\nContent-Type: {contentType}\r\nContent-Length: {contentLength}\r\n{extraHeaders}Connection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
    }

    private string? MapPath(string urlPath)
    {
        var relative = Uri.UnescapeDataString(urlPath.TrimStart('/'));
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        return full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }

    private static string ContentTypeOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => "text/csv",
        ".xml" => "application/xml",
        _ => "text/plain",
    };

    // Only the form the downloader sends: "bytes=N-".
    private static long? RangeStart(string? range) =>
        range is not null && range.StartsWith("bytes=", StringComparison.Ordinal) && range.EndsWith('-')
        && long.TryParse(range.AsSpan(6, range.Length - 7), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            ? start
            : null;

    private async Task<RequestHead?> ReadHeadAsync(NetworkStream stream)
    {
        var bytes = new List<byte>();
        var buffer = new byte[1];
        while (bytes.Count < 16 * 1024)
        {
            if (await stream.ReadAsync(buffer, _stop.Token) == 0) return null;
            bytes.Add(buffer[0]);
            if (bytes.Count >= 4 && bytes[^4] == '\r' && bytes[^3] == '\n' && bytes[^2] == '\r' && bytes[^1] == '\n') break;
        }
        var lines = Encoding.ASCII.GetString([.. bytes]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return new RequestHead(requestLine[1].Split('?')[0], headers);
    }

    private static async Task Quietly(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client hung up or the server is stopping: both are part of the tests.
        }
    }

    private sealed record RequestHead(string Path, Dictionary<string, string> Headers)
    {
        public string? Header(string name) => Headers.GetValueOrDefault(name);
    }
}
