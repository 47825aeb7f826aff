using Embargo.Core.Model;
using Embargo.Core.Snapshots;
using Embargo.Store.Sqlite;
using Embargo.Testing;
using Microsoft.Data.Sqlite;

namespace Embargo.Store.Tests;

public sealed class SqliteSnapshotStoreTests : SnapshotStoreTests, IDisposable
{
    private readonly TempDirectory _directory = new();

    private string DatabasePath => Path.Combine(_directory.Path, SqliteSnapshotStore.FileName);

    protected override async Task<ISnapshotStore> OpenStoreAsync() => await SqliteSnapshotStore.OpenAsync(DatabasePath, default);

    [Fact]
    public async Task StoredEntriesCannotBeEditedInPlace()
    {
        await using (var store = await OpenStoreAsync())
        {
            await store.AddSnapshotAsync(new SnapshotDraft
            {
                Source = ListSources.OfacSdn, ContentHash = "h", Format = "test", Origin = "test", ImportedAt = DateTimeOffset.UtcNow,
            }, One(), default);
        }
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        foreach (var sql in new[]
                 {
                     "UPDATE snapshot_entries SET name = 'EDITED'",
                     "UPDATE entry_bodies SET body = '{}'",
                     "UPDATE snapshots SET counts = '{}'",
                 })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var e = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("immutable", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ReopeningAppliesNoMigrationTwice()
    {
        await using (await OpenStoreAsync()) { }
        await using (await OpenStoreAsync()) { }
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_migrations";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal(reader.GetInt64(1), reader.GetInt64(0));
    }

    private static async IAsyncEnumerable<ListEntry> One()
    {
        await Task.Yield();
        yield return new ListEntry
        {
            Id = "us-ofac-sdn:1", Source = ListSources.OfacSdn, SourceId = "1", Kind = EntityKind.Person, Name = new EntryName { Full = "A" },
        };
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
