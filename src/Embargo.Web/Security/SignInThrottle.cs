using System.Collections.Concurrent;

namespace Embargo.Web.Security;

/// <summary>
/// Slows password guessing: after <see cref="MaxFailures"/> refused sign-ins for one user id, or from one address,
/// within <see cref="Window"/>, further tries are refused until the window has passed. Kept in memory per node.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset Since)> _failures = new(StringComparer.Ordinal);

    /// <summary>How long the caller must wait before trying again, or null when it may try now.</summary>
    public TimeSpan? WaitFor(string userId, string? address)
    {
        var now = clock.GetUtcNow();
        TimeSpan? wait = null;
        foreach (var key in Keys(userId, address))
        {
            if (!_failures.TryGetValue(key, out var entry)) continue;
            var left = entry.Since + Window - now;
            if (left <= TimeSpan.Zero) _failures.TryRemove(key, out _);
            else if (entry.Failures >= MaxFailures && (wait is null || left > wait)) wait = left;
        }
        return wait;
    }

    public void Failed(string userId, string? address)
    {
        var now = clock.GetUtcNow();
        foreach (var key in Keys(userId, address))
            _failures.AddOrUpdate(key, (1, now), (_, e) => e.Since + Window <= now ? (1, now) : (e.Failures + 1, e.Since));
    }

    public void Succeeded(string userId) => _failures.TryRemove("user:" + userId, out _);

    private static IEnumerable<string> Keys(string userId, string? address)
    {
        yield return "user:" + userId;
        if (address is not null) yield return "address:" + address;
    }
}
