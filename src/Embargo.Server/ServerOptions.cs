namespace Embargo.Server;

/// <summary>How <c>embargo serve</c> runs: where it listens, whether it asks for keys, and its limits.</summary>
public sealed record ServerOptions
{
    public const string DefaultUrl = "http://127.0.0.1:8080";

    /// <summary>Kestrel URLs, e.g. <c>http://127.0.0.1:8080</c>; port 0 picks a free port.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>Serve without API keys. Only allowed when every URL is a loopback address.</summary>
    public bool NoAuth { get; init; }

    /// <summary>Requests per second for keys that have no limit of their own (0 = unlimited).</summary>
    public int DefaultRateLimitPerSecond { get; init; } = 100;

    /// <summary>The largest request body for JSON endpoints.</summary>
    public long MaxRequestBodyBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>At most this many parties in one request (yente allows 100 queries per /match request).</summary>
    public int MaxPartiesPerRequest { get; init; } = 1000;

    /// <summary>
    /// With a shared (PostgreSQL) store: how long a node holds a batch job without renewing it, i.e. how soon another
    /// node takes over the job of a node that died. Null keeps the default (15 s).
    /// </summary>
    public TimeSpan? JobLease { get; init; }

    /// <summary>How often monitoring checks for list changes made elsewhere and expired allow-list entries; zero turns it off.</summary>
    public TimeSpan MonitorInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Write one log line per request (off by default: the metrics carry the counts).</summary>
    public bool LogRequests { get; init; }
}
