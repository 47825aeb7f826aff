using Embargo.Core.Audit;
using Embargo.Store.Sqlite;
using Embargo.Testing;
using Microsoft.Data.Sqlite;

namespace Embargo.Store.Tests.Review;

public sealed class SqliteUserStoreTests : UserStoreTests
{
    protected override Task<StoreSet> OpenAsync() => SqliteStoreSets.OpenAsync();
}

public sealed class SqliteAuditStoreTests : AuditStoreTests
{
    protected override Task<StoreSet> OpenAsync() => SqliteStoreSets.OpenAsync();

    [Fact]
    public async Task TheDatabaseRefusesToEditOrDeleteAuditRecords()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, SqliteSnapshotStore.FileName);
        await using (var database = await SqliteSnapshotStore.OpenAsync(path, default))
        {
            await new SqliteAuditStore(database).AppendAsync([new AuditEntry { At = DateTimeOffset.UtcNow, Actor = "a", Action = "x", Subject = "s" }], default);
        }
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        foreach (var sql in new[] { "UPDATE audit_log SET actor = 'mallory'", "DELETE FROM audit_log" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var e = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("append-only", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UsersCannotBeDeleted()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, SqliteSnapshotStore.FileName);
        await using (var database = await SqliteSnapshotStore.OpenAsync(path, default))
        {
            await new SqliteUserStore(database).AddAsync(UserStoreTests.Alice, UserStoreTests.Audit(AuditActions.UserAdd, "user:alice"), default);
        }
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM users";
        var e = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());
        Assert.Contains("disabled, not deleted", e.Message, StringComparison.Ordinal);
    }
}

public sealed class SqlitePartyStoreTests : PartyStoreTests
{
    protected override Task<StoreSet> OpenAsync() => SqliteStoreSets.OpenAsync();
}

public sealed class SqliteAlertStoreTests : AlertStoreTests
{
    protected override Task<StoreSet> OpenAsync() => SqliteStoreSets.OpenAsync();
}

public sealed class SqliteChangeAuditStoreTests : ChangeAuditStoreTests
{
    protected override Task<StoreSet> OpenAsync() => SqliteStoreSets.OpenAsync();
}
