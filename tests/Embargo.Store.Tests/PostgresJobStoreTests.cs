using System.Text;
using Embargo.Core.Jobs;
using Embargo.Store.Postgres;
using Embargo.Testing.Postgres;
using Npgsql;

namespace Embargo.Store.Tests;

/// <summary>The shared job table: one node per job, leases, takeover, output written once.</summary>
public sealed class PostgresJobStoreTests : IAsyncLifetime
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);
    private readonly PostgresStoreFixture _fixture = new();
    private PostgresJobStore _store = null!;

    public async Task InitializeAsync()
    {
        if (PostgresServer.IsAvailable || Embargo.Testing.SharedData.IsCi) _store = new PostgresJobStore(await _fixture.OpenAsync());
    }

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [PostgresFact]
    public async Task ConcurrentClaimsNeverTakeTheSameJob()
    {
        for (var i = 0; i < 6; i++) await CreateAsync($"job{i}", "input");

        var claims = await Task.WhenAll(Enumerable.Range(0, 10).Select(n => _store.ClaimAsync($"node{n}", Long, default)));

        var claimed = claims.Where(c => c is not null).Select(c => c!.Id).ToList();
        Assert.Equal(6, claimed.Count);
        Assert.Equal(6, claimed.Distinct().Count());
        Assert.Null(await _store.ClaimAsync("late", Long, default));
    }

    [PostgresFact]
    public async Task AJobWhoseLeaseRanOutIsTakenOverAndTheOldNodeCanNoLongerWrite()
    {
        await CreateAsync("job", "input");
        var first = await _store.ClaimAsync("a", TimeSpan.FromMilliseconds(200), default);
        Assert.True(await _store.AppendAsync("job", "a", 0, "one\n"u8.ToArray(), State(1), TimeSpan.FromMilliseconds(200), default));
        Assert.Null(await _store.ClaimAsync("b", Long, default)); // still a's

        await Task.Delay(600);
        var taken = await _store.ClaimAsync("b", Long, default);

        Assert.Equal(("job", "b", 2, 4L), (taken!.Id, taken.LeaseNode, taken.Claims, taken.OutputLength));
        Assert.Contains("\"records\":1", taken.State.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.False(await _store.AppendAsync("job", "a", 4, "late\n"u8.ToArray(), State(2), Long, default));
        Assert.False(await _store.RenewAsync("job", "a", Long, default));
        Assert.False(await _store.FinishAsync("job", "a", "completed", State(2), default));
        Assert.True(await _store.AppendAsync("job", "b", 4, "two\n"u8.ToArray(), State(2), Long, default));
        Assert.True(await _store.FinishAsync("job", "b", "completed", State(2), default));
        Assert.Equal("one\ntwo\n", await OutputAsync("job"));
    }

    [PostgresFact]
    public async Task AnAppendRetriedAfterItsCommitIsNotWrittenTwice()
    {
        await CreateAsync("job", "input");
        await _store.ClaimAsync("a", Long, default);
        Assert.True(await _store.AppendAsync("job", "a", 0, "one\n"u8.ToArray(), State(1), Long, default));
        Assert.True(await _store.AppendAsync("job", "a", 0, "one\n"u8.ToArray(), State(1), Long, default));
        Assert.False(await _store.AppendAsync("job", "a", 100, "gap\n"u8.ToArray(), State(9), Long, default));
        Assert.Equal("one\n", await OutputAsync("job"));
    }

    [PostgresFact]
    public async Task ACancelledJobStopsItsNodeAndIsNotClaimedAgain()
    {
        await CreateAsync("job", "input");
        await _store.ClaimAsync("a", Long, default);

        Assert.True(await _store.CancelAsync("job", State(0), default));

        Assert.False(await _store.RenewAsync("job", "a", Long, default));
        Assert.False(await _store.AppendAsync("job", "a", 0, "x\n"u8.ToArray(), State(1), Long, default));
        Assert.False(await _store.CancelAsync("job", State(0), default));
        Assert.Equal("cancelled", (await _store.FindAsync("job", default))!.Status);
        Assert.Null(await _store.ClaimAsync("b", TimeSpan.Zero, default));
    }

    [PostgresFact]
    public async Task TheInputComesBackWholeInChunks()
    {
        var input = string.Concat(Enumerable.Range(0, 300_000).Select(i => $"{i},name {i}\n"));
        await CreateAsync("big", input);

        using var copy = new MemoryStream();
        await _store.CopyInputAsync("big", copy, default);

        Assert.Equal(input, Encoding.UTF8.GetString(copy.ToArray()));
        await using var connection = new NpgsqlConnection(await _fixture.ConnectionStringAsync());
        await connection.OpenAsync();
        await using var chunks = new NpgsqlCommand("SELECT COUNT(*) FROM batch_job_input WHERE job_id = 'big'", connection);
        Assert.True((long)(await chunks.ExecuteScalarAsync())! > 1);
    }

    private async Task CreateAsync(string id, string input)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(input));
        await _store.CreateAsync(new StoredJob { Id = id, Owner = "test", CreatedAt = DateTimeOffset.UtcNow, Status = "queued", State = State(0) }, stream, default);
    }

    private async Task<string> OutputAsync(string id)
    {
        using var output = new MemoryStream();
        await _store.CopyOutputAsync(id, output, default);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static string State(int records) => $$"""{"records": {{records}}}""";
}
