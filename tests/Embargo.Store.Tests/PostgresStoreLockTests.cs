using Embargo.Store.Postgres;
using Embargo.Store.Sqlite;
using Embargo.Testing.Postgres;

namespace Embargo.Store.Tests;

public sealed class PostgresStoreLockTests : IAsyncLifetime
{
    private readonly PostgresStoreFixture _fixture = new();

    [PostgresFact]
    public async Task ALockHeldByOneNodeIsRefusedToAnotherUntilReleased()
    {
        var one = new PostgresStoreLock(await _fixture.OpenAsync());
        var other = new PostgresStoreLock(await _fixture.OpenAsync());

        var held = await one.AcquireAsync("monitoring", wait: false, default);
        Assert.NotNull(held);
        Assert.Null(await other.AcquireAsync("monitoring", wait: false, default));
        await using (var unrelated = await other.AcquireAsync("something else", wait: false, default)) Assert.NotNull(unrelated);

        var waiting = other.AcquireAsync("monitoring", wait: true, default);
        Assert.False(waiting.IsCompleted);
        await held!.DisposeAsync();
        await using var taken = await waiting;
        Assert.NotNull(taken);
    }

    [Fact]
    public async Task TheEmbeddedStoreAlwaysGrantsItsLock()
    {
        var locks = new SqliteStoreLock();
        await using var first = await locks.AcquireAsync("monitoring", wait: false, default);
        await using var second = await locks.AcquireAsync("monitoring", wait: false, default);
        Assert.NotNull(first);
        Assert.NotNull(second);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _fixture.DisposeAsync();
}
