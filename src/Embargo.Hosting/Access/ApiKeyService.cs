using System.Collections.Concurrent;
using Embargo.Core.Access;

namespace Embargo.Hosting.Access;

/// <summary>
/// Creates, lists, revokes and checks API keys. Checked tokens are remembered for a few seconds so that a busy
/// server does not read the database on every request; a revocation therefore takes effect within
/// <see cref="CacheLifetime"/> on every node.
/// </summary>
public sealed class ApiKeyService(IApiKeyStore store, TimeProvider clock)
{
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(10);
    private const int MaxNameLength = 200;

    private readonly ConcurrentDictionary<string, (ApiKey? Key, DateTimeOffset Until)> _checked = new(StringComparer.Ordinal);

    public async Task<(ApiKey Key, string Token)> CreateAsync(string name, ApiRole role, int? rateLimitPerSecond, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength)
            throw new ArgumentException($"a key needs a name of 1 to {MaxNameLength} characters", nameof(name));
        if (rateLimitPerSecond is < 0) throw new ArgumentOutOfRangeException(nameof(rateLimitPerSecond), "a rate limit cannot be negative");
        var (id, token) = ApiKeySecret.Generate();
        var key = new ApiKey { Id = id, Name = name.Trim(), Role = role, CreatedAt = clock.GetUtcNow(), RateLimitPerSecond = rateLimitPerSecond };
        await store.AddAsync(key, ApiKeySecret.Hash(token), cancellationToken);
        return (key, token);
    }

    public Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken)
    {
        var revoked = await store.RevokeAsync(id, clock.GetUtcNow(), cancellationToken);
        _checked.Clear();
        return revoked;
    }

    /// <summary>The active key behind <paramref name="token"/>, or null when it is unknown, malformed or revoked.</summary>
    public async ValueTask<ApiKey?> AuthenticateAsync(string? token, CancellationToken cancellationToken)
    {
        if (!ApiKeySecret.TryGetId(token, out var id)) return null;
        var now = clock.GetUtcNow();
        if (_checked.TryGetValue(token!, out var remembered) && remembered.Until > now) return remembered.Key;
        var found = await store.FindAsync(id, cancellationToken);
        var key = found is { } f && f.Key.IsActive && ApiKeySecret.Verify(token!, f.TokenHash) ? f.Key : null;
        // Only well-formed tokens reach the cache, and it is bounded so that guessing cannot grow it without limit.
        if (_checked.Count > 10_000) _checked.Clear();
        _checked[token!] = (key, now + CacheLifetime);
        return key;
    }
}
