using Embargo.Core.Access;
using Embargo.Testing.Postgres;

namespace Embargo.Store.Tests;

/// <summary>Behaviour every API key store must have; one sealed subclass per backend.</summary>
public abstract class ApiKeyStoreTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    protected abstract Task<IApiKeyStore> OpenStoreAsync();

    [StoreFact]
    public async Task AKeyIsFoundWithItsHashAndListed()
    {
        var store = await OpenStoreAsync();
        await store.AddAsync(Key("k1", ApiRole.Review, 25), "hash-1", null, default);
        await store.AddAsync(Key("k2", ApiRole.Admin, null), "hash-2", null, default);

        var (key, hash) = (await store.FindAsync("k1", default))!.Value;
        Assert.Equal(("k1", ApiRole.Review, 25, Created, "hash-1"), (key.Id, key.Role, key.RateLimitPerSecond, key.CreatedAt, hash));
        Assert.Null((await store.FindAsync("k2", default))!.Value.Key.RateLimitPerSecond);
        Assert.Null(await store.FindAsync("nope", default));
        Assert.Equal(["k1", "k2"], (await store.ListAsync(default)).Select(k => k.Id));
    }

    [StoreFact]
    public async Task AKeyIsRevokedOnce()
    {
        var store = await OpenStoreAsync();
        await store.AddAsync(Key("k1", ApiRole.Screen, null), "hash-1", null, default);

        Assert.True(await store.RevokeAsync("k1", Created.AddHours(1), null, default));
        Assert.False(await store.RevokeAsync("k1", Created.AddHours(2), null, default));
        Assert.False(await store.RevokeAsync("nope", Created, null, default));
        Assert.Equal(Created.AddHours(1), (await store.FindAsync("k1", default))!.Value.Key.RevokedAt);
    }

    private static ApiKey Key(string id, ApiRole role, int? rate) => new()
    {
        Id = id, Name = $"test {id}", Role = role, CreatedAt = Created, RateLimitPerSecond = rate,
    };
}
