using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Embargo.Core.Model;
using Embargo.Core.Snapshots;
using Microsoft.Data.Sqlite;

namespace Embargo.Store.Sqlite;

/// <summary>
/// Snapshots in one SQLite file (WAL mode). A snapshot is written in one transaction and activated in the
/// same transaction, so a crash mid-import leaves the previous snapshot active and nothing half-written.
/// </summary>
public sealed class SqliteSnapshotStore : ISnapshotStore
{
    public const string FileName = "embargo.db";

    private readonly string _connectionString;

    private SqliteSnapshotStore(string connectionString) => _connectionString = connectionString;

    /// <summary>Opens (creating and migrating if needed) the store at <paramref name="databasePath"/>.</summary>
    /// <summary>The connection string of this store's database, for the other stores that share the file.</summary>
    internal string ConnectionString => _connectionString;

    public static async Task<SqliteSnapshotStore> OpenAsync(string databasePath, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        var connectionString = SqliteConnections.ConnectionString(databasePath);
        var store = new SqliteSnapshotStore(connectionString);
        await using var connection = await store.OpenConnectionAsync(cancellationToken);
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode = WAL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }
        await SqliteMigrator.MigrateAsync(connection, cancellationToken);
        return store;
    }

    public async Task<IReadOnlyList<ListSnapshot>> GetActiveSnapshotsAsync(CancellationToken cancellationToken) =>
        await QuerySnapshotsAsync("WHERE is_active = 1 ORDER BY source", static _ => { }, cancellationToken);

    public async Task<IReadOnlyList<ListSnapshot>> GetSnapshotsAsync(string source, CancellationToken cancellationToken) =>
        await QuerySnapshotsAsync("WHERE source = $source ORDER BY snapshot_key DESC",
            p => p.AddWithValue("$source", source), cancellationToken);

    public async Task<ListSnapshot?> FindSnapshotAsync(string source, string version, CancellationToken cancellationToken)
    {
        var found = await QuerySnapshotsAsync("WHERE source = $source AND version = $version",
            p =>
            {
                p.AddWithValue("$source", source);
                p.AddWithValue("$version", version);
            },
            cancellationToken);
        return found.Count > 0 ? found[0] : null;
    }

    public async Task<ListSnapshot?> FindByContentHashAsync(string source, string contentHash, CancellationToken cancellationToken)
    {
        var found = await QuerySnapshotsAsync("WHERE source = $source AND content_hash = $hash",
            p =>
            {
                p.AddWithValue("$source", source);
                p.AddWithValue("$hash", contentHash);
            },
            cancellationToken);
        return found.Count > 0 ? found[0] : null;
    }

    public Task<ListSnapshot> AddSnapshotAsync(SnapshotDraft draft, IAsyncEnumerable<ListEntry> entries, CancellationToken cancellationToken) =>
        AddSnapshotAsync(draft, entries, null, cancellationToken);

    public async Task<ListSnapshot> AddSnapshotAsync(SnapshotDraft draft, IAsyncEnumerable<ListEntry> entries, SnapshotAudit? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        // IMMEDIATE: take the write lock now, so a concurrent importer waits instead of failing at commit.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);

        long key;
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO snapshots (source, version, imported_at, content_hash, format, origin, counts, issue_count, is_active)
                VALUES ($source, $pending, $imported, $hash, $format, $origin, '{}', 0, 0)
                RETURNING snapshot_key
                """;
            insert.Parameters.AddWithValue("$source", draft.Source);
            insert.Parameters.AddWithValue("$pending", "pending-" + Guid.NewGuid().ToString("N"));
            insert.Parameters.AddWithValue("$imported", draft.ImportedAt.ToString("O", CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$hash", draft.ContentHash);
            insert.Parameters.AddWithValue("$format", draft.Format);
            insert.Parameters.AddWithValue("$origin", draft.Origin);
            key = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        }

        var counts = await InsertEntriesAsync(connection, transaction, key, entries, cancellationToken);

        var publishedAt = draft.PublishedAt();
        var version = SnapshotVersion.Create(publishedAt, draft.ImportedAt, draft.ContentHash);
        await ExecuteAsync(connection, transaction, """
            UPDATE snapshots SET version = $version, published_at = $published, counts = $counts, issue_count = $issues
            WHERE snapshot_key = $key
            """,
            p =>
            {
                p.AddWithValue("$version", version);
                p.AddWithValue("$published", (object?)publishedAt?.ToString("O", CultureInfo.InvariantCulture) ?? DBNull.Value);
                p.AddWithValue("$counts", JsonSerializer.Serialize(counts, EntryJson.Options));
                p.AddWithValue("$issues", draft.IssueCount());
                p.AddWithValue("$key", key);
            },
            cancellationToken);
        var previous = await ActiveOfSourceAsync(connection, transaction, draft.Source, cancellationToken);
        await ActivateAsync(connection, transaction, key, cancellationToken);
        foreach (var retired in draft.Retires)
        {
            await ExecuteAsync(connection, transaction, "UPDATE snapshots SET is_active = 0 WHERE source = $source AND is_active = 1",
                p => p.AddWithValue("$source", retired), cancellationToken);
        }
        var stored = (await QuerySnapshotsAsync(connection, transaction, "WHERE snapshot_key = $key", p => p.AddWithValue("$key", key), cancellationToken))[0];
        if (audit is not null) await SqliteAuditLog.AppendAsync(connection, transaction, [audit(ListChangeKind.Imported, stored, previous)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    public Task ActivateAsync(long snapshotKey, CancellationToken cancellationToken) =>
        ActivateAsync(snapshotKey, ListChangeKind.Activated, null, cancellationToken);

    public async Task ActivateAsync(long snapshotKey, ListChangeKind kind, SnapshotAudit? audit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await SqliteCommands.BeginWriteAsync(connection, cancellationToken);
        var snapshot = await QuerySnapshotsAsync(connection, transaction, "WHERE snapshot_key = $key", p => p.AddWithValue("$key", snapshotKey), cancellationToken);
        if (snapshot.Count == 0) throw new KeyNotFoundException($"No snapshot with key {snapshotKey}.");
        var previous = await ActiveOfSourceAsync(connection, transaction, snapshot[0].Source, cancellationToken);
        await ActivateAsync(connection, transaction, snapshotKey, cancellationToken);
        if (audit is not null && previous?.Key != snapshotKey)
            await SqliteAuditLog.AppendAsync(connection, transaction, [audit(kind, snapshot[0] with { IsActive = true }, previous)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<ListSnapshot?> ActiveOfSourceAsync(SqliteConnection connection, SqliteTransaction transaction, string source,
        CancellationToken cancellationToken)
    {
        var found = await QuerySnapshotsAsync(connection, transaction, "WHERE source = $source AND is_active = 1", p => p.AddWithValue("$source", source),
            cancellationToken);
        return found.Count > 0 ? found[0] : null;
    }

    public async Task DeactivateSourceAsync(string source, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, null, "UPDATE snapshots SET is_active = 0 WHERE source = $source AND is_active = 1",
            p => p.AddWithValue("$source", source), cancellationToken);
    }

    public async Task<ListEntry?> GetEntryAsync(string entityId, long? snapshotKey, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = snapshotKey is null
            ? """
              SELECT b.body FROM snapshot_entries e
              JOIN snapshots s ON s.snapshot_key = e.snapshot_key AND s.is_active = 1
              JOIN entry_bodies b ON b.hash = e.hash
              WHERE e.entity_id = $id
              """
            : """
              SELECT b.body FROM snapshot_entries e JOIN entry_bodies b ON b.hash = e.hash
              WHERE e.snapshot_key = $key AND e.entity_id = $id
              """;
        command.Parameters.AddWithValue("$id", entityId);
        if (snapshotKey is not null) command.Parameters.AddWithValue("$key", snapshotKey.Value);
        var body = (string?)await command.ExecuteScalarAsync(cancellationToken);
        return body is null ? null : EntryJson.Deserialize(body);
    }

    public async IAsyncEnumerable<ListEntry> GetEntriesAsync(long snapshotKey, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT b.body FROM snapshot_entries e JOIN entry_bodies b ON b.hash = e.hash
            WHERE e.snapshot_key = $key ORDER BY e.entity_id
            """;
        command.Parameters.AddWithValue("$key", snapshotKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return EntryJson.Deserialize(reader.GetString(0));
        }
    }

    public async Task<IReadOnlyDictionary<string, EntryDigest>> GetDigestsAsync(long snapshotKey, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT entity_id, hash, name FROM snapshot_entries WHERE snapshot_key = $key";
        command.Parameters.AddWithValue("$key", snapshotKey);
        var digests = new Dictionary<string, EntryDigest>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            digests[reader.GetString(0)] = new EntryDigest(reader.GetString(1), reader.GetString(2));
        }
        return digests;
    }

    public async Task<string?> GetEntryJsonAsync(string contentHash, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM entry_bodies WHERE hash = $hash";
        command.Parameters.AddWithValue("$hash", contentHash);
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        // Pooled connections hold the file open; release them so the data directory can be moved or deleted.
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    private static async Task<SnapshotCounts> InsertEntriesAsync(
        SqliteConnection connection, SqliteTransaction transaction, long key, IAsyncEnumerable<ListEntry> entries, CancellationToken cancellationToken)
    {
        await using var body = connection.CreateCommand();
        body.Transaction = transaction;
        body.CommandText = "INSERT OR IGNORE INTO entry_bodies (hash, body) VALUES ($hash, $body)";
        var bodyHash = body.Parameters.Add("$hash", SqliteType.Text);
        var bodyText = body.Parameters.Add("$body", SqliteType.Text);

        await using var row = connection.CreateCommand();
        row.Transaction = transaction;
        row.CommandText = "INSERT INTO snapshot_entries (snapshot_key, entity_id, kind, name, hash) VALUES ($key, $id, $kind, $name, $hash)";
        row.Parameters.AddWithValue("$key", key);
        var rowId = row.Parameters.Add("$id", SqliteType.Text);
        var rowKind = row.Parameters.Add("$kind", SqliteType.Text);
        var rowName = row.Parameters.Add("$name", SqliteType.Text);
        var rowHash = row.Parameters.Add("$hash", SqliteType.Text);

        var counts = new SnapshotCounts();
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            var json = EntryJson.Serialize(entry);
            var hash = EntryJson.Hash(json);
            bodyHash.Value = hash;
            bodyText.Value = json;
            await body.ExecuteNonQueryAsync(cancellationToken);
            rowId.Value = entry.Id;
            rowKind.Value = entry.Kind.ToString().ToLowerInvariant();
            rowName.Value = entry.Name.Full;
            rowHash.Value = hash;
            try
            {
                await row.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (SqliteException e) when (e.SqliteErrorCode == 19) // SQLITE_CONSTRAINT: the same id twice
            {
                throw new Embargo.Core.Snapshots.DuplicateEntityException(entry.Id, e);
            }
            counts = counts.Add(entry);
        }
        return counts;
    }

    private static async Task ActivateAsync(SqliteConnection connection, SqliteTransaction transaction, long key, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction, """
            UPDATE snapshots SET is_active = 0
            WHERE is_active = 1 AND source = (SELECT source FROM snapshots WHERE snapshot_key = $key) AND snapshot_key <> $key
            """, p => p.AddWithValue("$key", key), cancellationToken);
        var updated = await ExecuteAsync(connection, transaction, "UPDATE snapshots SET is_active = 1 WHERE snapshot_key = $key",
            p => p.AddWithValue("$key", key), cancellationToken);
        if (updated != 1) throw new KeyNotFoundException($"No snapshot with key {key}.");
    }

    private async Task<IReadOnlyList<ListSnapshot>> QuerySnapshotsAsync(string where, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await QuerySnapshotsAsync(connection, null, where, bind, cancellationToken);
    }

    private static async Task<IReadOnlyList<ListSnapshot>> QuerySnapshotsAsync(SqliteConnection connection, SqliteTransaction? transaction, string where,
        Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            SELECT snapshot_key, source, version, published_at, imported_at, content_hash, format, origin, counts, issue_count, is_active
            FROM snapshots {where}
            """;
        bind(command.Parameters);
        var result = new List<ListSnapshot>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetString(2).StartsWith("pending-", StringComparison.Ordinal)) continue;
            result.Add(new ListSnapshot
            {
                Key = reader.GetInt64(0),
                Source = reader.GetString(1),
                Version = reader.GetString(2),
                PublishedAt = reader.IsDBNull(3) ? null : DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture),
                ImportedAt = DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture),
                ContentHash = reader.GetString(5),
                Format = reader.GetString(6),
                Origin = reader.GetString(7),
                Counts = JsonSerializer.Deserialize<SnapshotCounts>(reader.GetString(8), EntryJson.Options) ?? new SnapshotCounts(),
                IssueCount = reader.GetInt32(9),
                IsActive = reader.GetInt64(10) == 1,
            });
        }
        return result;
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql,
        Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        bind(command.Parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        SqliteConnections.OpenAsync(_connectionString, cancellationToken);
}
