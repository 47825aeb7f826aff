using Embargo.Core.Audit;
using Embargo.Store.Postgres;
using Embargo.Testing.Postgres;
using Npgsql;

namespace Embargo.Store.Tests.Review;

public sealed class PostgresUserStoreTests : UserStoreTests, INeedsPostgres
{
    protected override Task<StoreSet> OpenAsync() => PostgresStoreSets.OpenAsync();
}

public sealed class PostgresAuditStoreTests : AuditStoreTests, INeedsPostgres
{
    protected override Task<StoreSet> OpenAsync() => PostgresStoreSets.OpenAsync();

    [PostgresFact]
    public async Task TheDatabaseRefusesToEditDeleteOrTruncateAuditRecords()
    {
        var connectionString = await (await PostgresServer.Shared).CreateDatabaseAsync();
        await using (var database = await PostgresDatabase.OpenAsync(connectionString, default))
        {
            await new PostgresAuditStore(database).AppendAsync([new AuditEntry { At = DateTimeOffset.UtcNow, Actor = "a", Action = "x", Subject = "s" }], default);
        }
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var sql in new[] { "UPDATE audit_log SET actor = 'mallory'", "DELETE FROM audit_log", "TRUNCATE audit_log" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var e = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("append-only", e.MessageText, StringComparison.Ordinal);
        }
    }

    [PostgresFact]
    public async Task UsersCannotBeDeleted()
    {
        var connectionString = await (await PostgresServer.Shared).CreateDatabaseAsync();
        await using (var database = await PostgresDatabase.OpenAsync(connectionString, default))
        {
            await new PostgresUserStore(database).AddAsync(UserStoreTests.Alice, UserStoreTests.Audit(AuditActions.UserAdd, "user:alice"), default);
        }
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("DELETE FROM users", connection);
        var e = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
        Assert.Contains("disabled, not deleted", e.MessageText, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task WritersOnTwoNodesAtOnceKeepOneUnbrokenChain()
    {
        var connectionString = await (await PostgresServer.Shared).CreateDatabaseAsync();
        await using var first = await PostgresDatabase.OpenAsync(connectionString, default);
        await using var second = await PostgresDatabase.OpenAsync(connectionString, default);
        var stores = new[] { new PostgresAuditStore(first), new PostgresAuditStore(second) };
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => stores[i % 2].AppendAsync(
            [new AuditEntry { At = DateTimeOffset.UtcNow, Actor = "node" + (i % 2), Action = "x", Subject = "s:" + i }], default))));

        var records = new List<AuditRecord>();
        await foreach (var record in stores[0].ReadAsync(new AuditQuery(), default)) records.Add(record);
        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), records.Select(r => r.Sequence));
        var previous = AuditChain.Genesis;
        foreach (var record in records)
        {
            Assert.Equal(previous, record.PreviousHash);
            Assert.Equal(AuditChain.Hash(record.Sequence, record.Entry, record.PreviousHash), record.Hash);
            previous = record.Hash;
        }
    }
}

public sealed class PostgresPartyStoreTests : PartyStoreTests, INeedsPostgres
{
    protected override Task<StoreSet> OpenAsync() => PostgresStoreSets.OpenAsync();
}

public sealed class PostgresAlertStoreTests : AlertStoreTests, INeedsPostgres
{
    protected override Task<StoreSet> OpenAsync() => PostgresStoreSets.OpenAsync();
}

public sealed class PostgresChangeAuditStoreTests : ChangeAuditStoreTests, INeedsPostgres
{
    protected override Task<StoreSet> OpenAsync() => PostgresStoreSets.OpenAsync();
}
