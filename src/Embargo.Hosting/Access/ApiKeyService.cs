using System.Collections.Concurrent;
using Embargo.Core.Access;
using Embargo.Core.Audit;
using Embargo.Core.Review;
using Embargo.Hosting.Audit;

namespace Embargo.Hosting.Access;

/// <summary>
/// Creates, lists, revokes and checks API keys. Checked tokens are remembered for a few seconds so that a busy
/// server does not read the database on every request; a revocation (or disabling the key's user) therefore
/// takes effect within <see cref="CacheLifetime"/> on every node. A key may belong to a user: it then acts as
/// that user, with the smaller of the key's and the user's roles.
/// </summary>
public sealed class ApiKeyService(IApiKeyStore store, UserService users, AuditService audit, TimeProvider clock)
{
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(10);
    private const int MaxNameLength = 200;

    private readonly ConcurrentDictionary<string, (ApiKey Key, Actor Actor)?> _checkedValues = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _checkedUntil = new(StringComparer.Ordinal);

    /// <summary>A key of its own (no user), created by the system: for tests and scripts that predate users.</summary>
    public Task<(ApiKey Key, string Token)> CreateAsync(string name, ApiRole role, int? rateLimitPerSecond, CancellationToken cancellationToken) =>
        CreateAsync(Actor.System, name, role, rateLimitPerSecond, null, cancellationToken);

    public async Task<(ApiKey Key, string Token)> CreateAsync(
        Actor actor, string name, ApiRole role, int? rateLimitPerSecond, string? userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require(ApiRole.Admin, "manage API keys");
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength)
            throw new ArgumentException($"a key needs a name of 1 to {MaxNameLength} characters", nameof(name));
        if (rateLimitPerSecond is < 0) throw new ArgumentOutOfRangeException(nameof(rateLimitPerSecond), "a rate limit cannot be negative");
        if (userId is not null)
        {
            var user = await users.GetAsync(userId, cancellationToken);
            if (user.Disabled) throw new ConflictException($"user '{user.Id}' is disabled");
            if (role > user.Role && role != ApiRole.Screen)
                throw new InvalidRequestException($"a {role.Name()} key cannot act for '{user.Id}', who holds only {user.Role.Name()}", "role");
            userId = user.Id;
        }
        var (id, token) = ApiKeySecret.Generate();
        var key = new ApiKey
        {
            Id = id, Name = name.Trim(), Role = role, CreatedAt = clock.GetUtcNow(), RateLimitPerSecond = rateLimitPerSecond, UserId = userId,
        };
        await store.AddAsync(key, ApiKeySecret.Hash(token), audit.Entry(actor, AuditActions.KeyCreate, "key:" + key.Id, null, Json(key)), cancellationToken);
        return (key, token);
    }

    public Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    public Task<bool> RevokeAsync(string id, CancellationToken cancellationToken) => RevokeAsync(Actor.System, id, cancellationToken);

    public async Task<bool> RevokeAsync(Actor actor, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require(ApiRole.Admin, "manage API keys");
        var revoked = await store.RevokeAsync(id, clock.GetUtcNow(), audit.Entry(actor, AuditActions.KeyRevoke, "key:" + id, null, new { revoked = true }),
            cancellationToken);
        Forget();
        return revoked;
    }

    /// <summary>Forgets checked tokens, so that a change of keys or users applies to the next request.</summary>
    public void Forget()
    {
        _checkedValues.Clear();
        _checkedUntil.Clear();
    }

    /// <summary>The active key behind <paramref name="token"/>, or null when it is unknown, malformed or revoked.</summary>
    public async ValueTask<ApiKey?> AuthenticateAsync(string? token, CancellationToken cancellationToken) =>
        (await AuthenticateActorAsync(token, cancellationToken))?.Key;

    /// <summary>The active key behind <paramref name="token"/> and who acts through it; null when refused (or its user is disabled).</summary>
    public async ValueTask<(ApiKey Key, Actor Actor)?> AuthenticateActorAsync(string? token, CancellationToken cancellationToken)
    {
        if (!ApiKeySecret.TryGetId(token, out var id)) return null;
        var now = clock.GetUtcNow();
        if (_checkedUntil.TryGetValue(token!, out var until) && until > now && _checkedValues.TryGetValue(token!, out var remembered)) return remembered;
        var found = await store.FindAsync(id, cancellationToken);
        (ApiKey, Actor)? result = null;
        if (found is { } f && f.Key.IsActive && ApiKeySecret.Verify(token!, f.TokenHash)
            && await users.ActorForKeyAsync(f.Key, cancellationToken) is { } actor)
        {
            result = (f.Key, actor);
        }
        // Only well-formed tokens reach the cache, and it is bounded so that guessing cannot grow it without limit.
        if (_checkedValues.Count > 10_000) Forget();
        _checkedValues[token!] = result;
        _checkedUntil[token!] = now + CacheLifetime;
        return result;
    }

    private static object Json(ApiKey k) => new
    {
        id = k.Id, name = k.Name, role = k.Role.Name(), rate_limit_per_second = k.RateLimitPerSecond, user_id = k.UserId,
    };
}
