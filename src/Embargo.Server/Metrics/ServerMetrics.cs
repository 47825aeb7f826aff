using System.Collections.Concurrent;

namespace Embargo.Server.Metrics;

/// <summary>Counters the server keeps for <c>/metrics</c>: requests by route and status, latencies, screenings.</summary>
internal sealed class ServerMetrics
{
    private sealed class Counter
    {
        public long Value;
    }

    private readonly ConcurrentDictionary<(string Method, string Route, int Status), Counter> _requests = new();
    private readonly ConcurrentDictionary<string, LatencyHistogram> _latency = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Counter> _screenings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Counter> _matches = new(StringComparer.Ordinal);

    public void RecordRequest(string method, string route, int status, TimeSpan duration)
    {
        Interlocked.Increment(ref _requests.GetOrAdd((method, route, status), static _ => new Counter()).Value);
        _latency.GetOrAdd(route, static _ => new LatencyHistogram()).Observe(duration);
    }

    /// <summary>Records parties screened through one surface (<c>api</c>, <c>yente</c>, <c>reconcile</c>, <c>scan</c>, <c>batch</c>).</summary>
    public void RecordScreenings(string surface, int parties, int withMatch)
    {
        Interlocked.Add(ref _screenings.GetOrAdd(surface, static _ => new Counter()).Value, parties);
        if (withMatch > 0) Interlocked.Add(ref _matches.GetOrAdd(surface, static _ => new Counter()).Value, withMatch);
    }

    public IEnumerable<((string Method, string Route, int Status) Labels, long Count)> Requests =>
        _requests.Select(pair => (pair.Key, Interlocked.Read(ref pair.Value.Value)));

    public IEnumerable<(string Route, LatencyHistogram Histogram)> Latencies => _latency.Select(pair => (pair.Key, pair.Value));

    public IEnumerable<(string Surface, long Count)> Screenings => _screenings.Select(pair => (pair.Key, Interlocked.Read(ref pair.Value.Value)));

    public IEnumerable<(string Surface, long Count)> Matches => _matches.Select(pair => (pair.Key, Interlocked.Read(ref pair.Value.Value)));
}
