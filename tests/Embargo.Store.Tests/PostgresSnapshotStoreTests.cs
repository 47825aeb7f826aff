using Embargo.Core.Model;
using Embargo.Core.Snapshots;
using Embargo.Store.Postgres;
using Embargo.Testing.Postgres;
using Npgsql;

namespace Embargo.Store.Tests;

public sealed class PostgresSnapshotStoreTests : SnapshotStoreTests, INeedsPostgres, IAsyncLifetime
{
    private readonly PostgresStoreFixture _fixture = new();

    protected override async Task<ISnapshotStore> OpenStoreAsync() => new PostgresSnapshotStore(await _fixture.OpenAsync());

    [PostgresFact]
    public async Task StoredSnapshotsCannotBeEditedOrDeleted()
    {
        var store = new PostgresSnapshotStore(await _fixture.OpenAsync());
        await store.AddSnapshotAsync(new SnapshotDraft
        {
            Source = ListSources.OfacSdn, ContentHash = "h", Format = "test", Origin = "test", ImportedAt = DateTimeOffset.UtcNow,
        }, One(), default);

        await using var connection = new NpgsqlConnection(await _fixture.ConnectionStringAsync());
        await connection.OpenAsync();
        foreach (var sql in new[]
                 {
                     "UPDATE snapshot_entries SET name = 'EDITED'",
                     "UPDATE entry_bodies SET body = '{}'",
                     "UPDATE snapshots SET counts = '{}'",
                     "DELETE FROM snapshot_entries",
                     "DELETE FROM entry_bodies",
                     "DELETE FROM snapshots",
                     "TRUNCATE snapshot_entries, entry_bodies, snapshots",
                 })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var e = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("immutable", e.MessageText, StringComparison.Ordinal);
        }
        await using var activation = new NpgsqlCommand("UPDATE snapshots SET is_active = false", connection);
        Assert.Equal(1, await activation.ExecuteNonQueryAsync());
    }

    [PostgresFact]
    public async Task NodesOpeningTogetherApplyEachMigrationOnce()
    {
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _fixture.OpenAsync()));
        await _fixture.OpenAsync();

        await using var connection = new NpgsqlConnection(await _fixture.ConnectionStringAsync());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*), COUNT(DISTINCT version), MAX(version) FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal(reader.GetInt64(1), reader.GetInt64(0));
        Assert.True(reader.GetInt32(2) >= 2);
    }

    [PostgresFact]
    public async Task AUrlAndAKeyValueStringReachTheSameDatabase()
    {
        var keyValue = await _fixture.ConnectionStringAsync();
        var url = PostgresServer.AsUrl(keyValue);
        Assert.True(PostgresConnectionString.IsPostgres(url));
        Assert.True(PostgresConnectionString.IsPostgres(keyValue));
        Assert.False(PostgresConnectionString.IsPostgres("sqlite"));
        Assert.Equal(new NpgsqlConnectionStringBuilder(keyValue).Database, PostgresConnectionString.Parse(url).Database);
        await using var database = await PostgresDatabase.OpenAsync(url, default);
        Assert.Empty(await new PostgresSnapshotStore(database).GetActiveSnapshotsAsync(default));
    }

    private static async IAsyncEnumerable<ListEntry> One()
    {
        await Task.Yield();
        yield return new ListEntry
        {
            Id = "us-ofac-sdn:1", Source = ListSources.OfacSdn, SourceId = "1", Kind = EntityKind.Person, Name = new EntryName { Full = "A" },
        };
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _fixture.DisposeAsync();
}
