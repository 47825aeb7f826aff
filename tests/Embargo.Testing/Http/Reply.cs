namespace Embargo.Testing.Http;

/// <summary>How <see cref="ListFileServer"/> answers one request.</summary>
public enum Reply
{
    /// <summary>The file, honouring Range and If-Range like a real server.</summary>
    File,

    /// <summary>The whole file with 200 whatever the Range header says.</summary>
    FileIgnoringRange,

    /// <summary>200 announcing the full Content-Length, then only <see cref="ListFileServer.TruncateAfterBytes"/> bytes and a closed connection.</summary>
    Truncated,

    /// <summary>Headers and <see cref="ListFileServer.TruncateAfterBytes"/> bytes, then silence for <see cref="ListFileServer.Stall"/>.</summary>
    StalledBody,

    /// <summary>Nothing at all for <see cref="ListFileServer.Stall"/>, then the file.</summary>
    SlowHeaders,

    /// <summary>A maintenance page served as text/html.</summary>
    HtmlPage,

    /// <summary>A maintenance page served as text/csv.</summary>
    HtmlBodyAsCsv,

    ServiceUnavailable,
    InternalError,
    NotFound,
    Forbidden,

    /// <summary>429 with Retry-After: <see cref="ListFileServer.RetryAfterSeconds"/>.</summary>
    TooManyRequests,
}
