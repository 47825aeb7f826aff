using System.Runtime.CompilerServices;
using System.Text.Json;
using Embargo.Core.Model;
using Embargo.Core.Snapshots;
using Npgsql;
using NpgsqlTypes;

namespace Embargo.Store.Postgres;

/// <summary>
/// Snapshots in PostgreSQL, with the SQLite store's guarantees: a snapshot is written and activated in one
/// transaction (a failed import leaves the previous one active and nothing half-written), stored rows are
/// immutable (triggers), and at most one snapshot per source is active (a partial unique index). Entries arrive
/// by binary COPY into a temporary table, then join the content-addressed bodies in two set-based statements.
/// Every change of the active set is announced on the <c>embargo_snapshots</c> channel (a trigger), which the
/// other nodes listen to.
/// </summary>
public sealed class PostgresSnapshotStore(PostgresDatabase database) : ISnapshotStore
{
    /// <summary>The channel the <c>snapshots_notify</c> trigger notifies when snapshots are added, activated or deactivated.</summary>
    public const string Channel = "embargo_snapshots";

    private const string Columns = "snapshot_key, source, version, published_at, imported_at, content_hash, format, origin, counts, issue_count, is_active";

    public PostgresDatabase Database { get; } = database;

    public Task<IReadOnlyList<ListSnapshot>> GetActiveSnapshotsAsync(CancellationToken cancellationToken) =>
        QuerySnapshotsAsync("WHERE is_active ORDER BY source", static _ => { }, cancellationToken);

    public Task<IReadOnlyList<ListSnapshot>> GetSnapshotsAsync(string source, CancellationToken cancellationToken) =>
        QuerySnapshotsAsync("WHERE source = $1 ORDER BY snapshot_key DESC", p => p.AddWithValue(source), cancellationToken);

    public async Task<ListSnapshot?> FindSnapshotAsync(string source, string version, CancellationToken cancellationToken)
    {
        var found = await QuerySnapshotsAsync("WHERE source = $1 AND version = $2", p =>
        {
            p.AddWithValue(source);
            p.AddWithValue(version);
        }, cancellationToken).ConfigureAwait(false);
        return found.Count > 0 ? found[0] : null;
    }

    public async Task<ListSnapshot?> FindByContentHashAsync(string source, string contentHash, CancellationToken cancellationToken)
    {
        var found = await QuerySnapshotsAsync("WHERE source = $1 AND content_hash = $2", p =>
        {
            p.AddWithValue(source);
            p.AddWithValue(contentHash);
        }, cancellationToken).ConfigureAwait(false);
        return found.Count > 0 ? found[0] : null;
    }

    public Task<ListSnapshot> AddSnapshotAsync(SnapshotDraft draft, IAsyncEnumerable<ListEntry> entries, CancellationToken cancellationToken) =>
        AddSnapshotAsync(draft, entries, null, cancellationToken);

    /// <remarks>Not retried: the entries stream once. A connection lost mid-import fails it and changes nothing.</remarks>
    public async Task<ListSnapshot> AddSnapshotAsync(SnapshotDraft draft, IAsyncEnumerable<ListEntry> entries, SnapshotAudit? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        long key;
        ListSnapshot stored;
        await using (var connection = await Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            // Imports and activations of one source take turns, on whichever node they run.
            await LockSourceAsync(connection, draft.Source, cancellationToken).ConfigureAwait(false);
            await using (var insert = new NpgsqlCommand("""
                INSERT INTO snapshots (source, version, imported_at, content_hash, format, origin, counts, issue_count, is_active)
                VALUES ($1, $2, $3, $4, $5, $6, '{}', 0, false)
                RETURNING snapshot_key
                """, connection))
            {
                insert.Parameters.AddWithValue(draft.Source);
                insert.Parameters.AddWithValue("pending-" + Guid.NewGuid().ToString("N"));
                insert.Parameters.AddWithValue(draft.ImportedAt.ToUniversalTime());
                insert.Parameters.AddWithValue(draft.ContentHash);
                insert.Parameters.AddWithValue(draft.Format);
                insert.Parameters.AddWithValue(draft.Origin);
                key = (long)(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            }

            var counts = await CopyEntriesAsync(connection, key, entries, cancellationToken).ConfigureAwait(false);

            var publishedAt = draft.PublishedAt();
            await using (var finish = new NpgsqlCommand(
                "UPDATE snapshots SET version = $1, published_at = $2, counts = $3, issue_count = $4 WHERE snapshot_key = $5", connection))
            {
                finish.Parameters.AddWithValue(SnapshotVersion.Create(publishedAt, draft.ImportedAt, draft.ContentHash));
                finish.Parameters.Add(new NpgsqlParameter { Value = (object?)publishedAt?.ToUniversalTime() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
                finish.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(counts, EntryJson.Options), NpgsqlDbType = NpgsqlDbType.Jsonb });
                finish.Parameters.AddWithValue(draft.IssueCount());
                finish.Parameters.AddWithValue(key);
                await finish.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            var previous = await ActiveOfSourceAsync(connection, draft.Source, cancellationToken).ConfigureAwait(false);
            await ActivateAsync(connection, key, cancellationToken).ConfigureAwait(false);
            foreach (var retired in draft.Retires)
            {
                await using var retire = new NpgsqlCommand("UPDATE snapshots SET is_active = false WHERE source = $1 AND is_active", connection);
                retire.Parameters.AddWithValue(retired);
                await retire.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            stored = (await QuerySnapshotsAsync(connection, "WHERE snapshot_key = $1", p => p.AddWithValue(key), cancellationToken).ConfigureAwait(false))[0];
            if (audit is not null)
                await PostgresAuditLog.AppendAsync(connection, transaction, [audit(ListChangeKind.Imported, stored, previous)], cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        return stored;
    }

    public Task ActivateAsync(long snapshotKey, CancellationToken cancellationToken) =>
        ActivateAsync(snapshotKey, ListChangeKind.Activated, null, cancellationToken);

    /// <remarks>
    /// Retried: a retry after a commit whose acknowledgement was lost finds the snapshot active already and records nothing again.
    /// </remarks>
    public Task ActivateAsync(long snapshotKey, ListChangeKind kind, SnapshotAudit? audit, CancellationToken cancellationToken) =>
        Database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await Database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            var snapshot = await QuerySnapshotsAsync(connection, "WHERE snapshot_key = $1", p => p.AddWithValue(snapshotKey), ct).ConfigureAwait(false);
            if (snapshot.Count == 0) throw new KeyNotFoundException($"No snapshot with key {snapshotKey}.");
            // Imports and activations of one source take turns: read what is active only once holding the source's lock.
            await LockSourceAsync(connection, snapshot[0].Source, ct).ConfigureAwait(false);
            var previous = await ActiveOfSourceAsync(connection, snapshot[0].Source, ct).ConfigureAwait(false);
            await ActivateAsync(connection, snapshotKey, ct).ConfigureAwait(false);
            if (audit is not null && previous?.Key != snapshotKey)
                await PostgresAuditLog.AppendAsync(connection, transaction, [audit(kind, snapshot[0] with { IsActive = true }, previous)], ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }, cancellationToken);

    public Task DeactivateSourceAsync(string source, CancellationToken cancellationToken) =>
        Database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await Database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("UPDATE snapshots SET is_active = false WHERE source = $1 AND is_active", connection);
            command.Parameters.AddWithValue(source);
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }, cancellationToken);

    public Task<ListEntry?> GetEntryAsync(string entityId, long? snapshotKey, CancellationToken cancellationToken) =>
        Database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await Database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var command = new NpgsqlCommand(snapshotKey is null
                ? """
                  SELECT b.body FROM snapshot_entries e
                  JOIN snapshots s ON s.snapshot_key = e.snapshot_key AND s.is_active
                  JOIN entry_bodies b ON b.hash = e.hash
                  WHERE e.entity_id = $1
                  """
                : """
                  SELECT b.body FROM snapshot_entries e JOIN entry_bodies b ON b.hash = e.hash
                  WHERE e.entity_id = $1 AND e.snapshot_key = $2
                  """, connection);
            command.Parameters.AddWithValue(entityId);
            if (snapshotKey is not null) command.Parameters.AddWithValue(snapshotKey.Value);
            var body = (string?)await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
            return body is null ? null : EntryJson.Deserialize(body);
        }, cancellationToken);

    /// <remarks>
    /// Read in pages in entity id order; a page lost to a dropped connection is read again from the last id
    /// yielded, so a server restart during an index build costs a pause, not the build.
    /// </remarks>
    public async IAsyncEnumerable<ListEntry> GetEntriesAsync(long snapshotKey, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        const int PageSize = 5000;
        var after = "";
        while (true)
        {
            var page = await Database.Retry.ExecuteAsync(async ct =>
            {
                await using var connection = await Database.OpenConnectionAsync(ct).ConfigureAwait(false);
                await using var command = new NpgsqlCommand($"""
                    SELECT e.entity_id, b.body FROM snapshot_entries e JOIN entry_bodies b ON b.hash = e.hash
                    WHERE e.snapshot_key = $1 AND e.entity_id > $2 ORDER BY e.entity_id LIMIT {PageSize}
                    """, connection);
                command.Parameters.AddWithValue(snapshotKey);
                command.Parameters.AddWithValue(after);
                var rows = new List<(string Id, string Body)>(PageSize);
                await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                while (await reader.ReadAsync(ct).ConfigureAwait(false)) rows.Add((reader.GetString(0), reader.GetString(1)));
                return rows;
            }, cancellationToken).ConfigureAwait(false);
            foreach (var (_, body) in page) yield return EntryJson.Deserialize(body);
            if (page.Count < PageSize) yield break;
            after = page[^1].Id;
        }
    }

    public Task<IReadOnlyDictionary<string, EntryDigest>> GetDigestsAsync(long snapshotKey, CancellationToken cancellationToken) =>
        Database.Retry.ExecuteAsync<IReadOnlyDictionary<string, EntryDigest>>(async ct =>
        {
            await using var connection = await Database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT entity_id, hash, name FROM snapshot_entries WHERE snapshot_key = $1", connection);
            command.Parameters.AddWithValue(snapshotKey);
            var digests = new Dictionary<string, EntryDigest>(StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
                digests[reader.GetString(0)] = new EntryDigest(reader.GetString(1), reader.GetString(2));
            return digests;
        }, cancellationToken);

    public Task<string?> GetEntryJsonAsync(string contentHash, CancellationToken cancellationToken) =>
        Database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await Database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT body FROM entry_bodies WHERE hash = $1", connection);
            command.Parameters.AddWithValue(contentHash);
            return (string?)await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>The database is shared with the other stores; whoever opened it disposes it.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static async Task<SnapshotCounts> CopyEntriesAsync(
        NpgsqlConnection connection, long key, IAsyncEnumerable<ListEntry> entries, CancellationToken cancellationToken)
    {
        await using (var create = new NpgsqlCommand(
            "CREATE TEMPORARY TABLE import_entries (entity_id text NOT NULL, kind text NOT NULL, name text NOT NULL, hash text NOT NULL, body text NOT NULL) ON COMMIT DROP",
            connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var counts = new SnapshotCounts();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var copy = await connection.BeginBinaryImportAsync("COPY import_entries (entity_id, kind, name, hash, body) FROM STDIN (FORMAT BINARY)", cancellationToken)
            .ConfigureAwait(false);
        try
        {
            await foreach (var entry in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (!seen.Add(entry.Id)) throw new DuplicateEntityException(entry.Id);
                var json = EntryJson.Serialize(entry);
                await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(entry.Id, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(entry.Kind.ToString().ToLowerInvariant(), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(entry.Name.Full, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(EntryJson.Hash(json), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(json, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                counts = counts.Add(entry);
            }
            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Without CompleteAsync this cancels the COPY; the transaction then rolls back with the caller's exception.
            try
            {
                await copy.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
            {
                // The entries' own failure is the one to report.
            }
        }

        await using (var bodies = new NpgsqlCommand(
            "INSERT INTO entry_bodies (hash, body) SELECT DISTINCT ON (hash) hash, body FROM import_entries ON CONFLICT (hash) DO NOTHING", connection))
        {
            await bodies.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await using (var rows = new NpgsqlCommand(
            "INSERT INTO snapshot_entries (snapshot_key, entity_id, kind, name, hash) SELECT $1, entity_id, kind, name, hash FROM import_entries", connection))
        {
            rows.Parameters.AddWithValue(key);
            await rows.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        return counts;
    }

    private static async Task LockSourceAsync(NpgsqlConnection connection, string source, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext('embargo-source:' || $1))", connection);
        command.Parameters.AddWithValue(source);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task ActivateAsync(NpgsqlConnection connection, long key, CancellationToken cancellationToken)
    {
        await using (var others = new NpgsqlCommand("""
            UPDATE snapshots SET is_active = false
            WHERE is_active AND source = (SELECT source FROM snapshots WHERE snapshot_key = $1) AND snapshot_key <> $1
            """, connection))
        {
            others.Parameters.AddWithValue(key);
            await others.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await using var activate = new NpgsqlCommand("UPDATE snapshots SET is_active = true WHERE snapshot_key = $1", connection);
        activate.Parameters.AddWithValue(key);
        if (await activate.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
            throw new KeyNotFoundException($"No snapshot with key {key}.");
    }

    private Task<IReadOnlyList<ListSnapshot>> QuerySnapshotsAsync(string where, Action<NpgsqlParameterCollection> bind, CancellationToken cancellationToken) =>
        Database.Retry.ExecuteAsync<IReadOnlyList<ListSnapshot>>(async ct =>
        {
            await using var connection = await Database.OpenConnectionAsync(ct).ConfigureAwait(false);
            return await QuerySnapshotsAsync(connection, where, bind, ct).ConfigureAwait(false);
        }, cancellationToken);

    // On the caller's connection (inside its transaction, if it has one).
    private static async Task<IReadOnlyList<ListSnapshot>> QuerySnapshotsAsync(NpgsqlConnection connection, string where, Action<NpgsqlParameterCollection> bind,
        CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT {Columns} FROM snapshots {where}", connection);
        bind(command.Parameters);
        var result = new List<ListSnapshot>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            if (reader.GetString(2).StartsWith("pending-", StringComparison.Ordinal)) continue;
            result.Add(new ListSnapshot
            {
                Key = reader.GetInt64(0),
                Source = reader.GetString(1),
                Version = reader.GetString(2),
                PublishedAt = reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3),
                ImportedAt = reader.GetFieldValue<DateTimeOffset>(4),
                ContentHash = reader.GetString(5),
                Format = reader.GetString(6),
                Origin = reader.GetString(7),
                Counts = JsonSerializer.Deserialize<SnapshotCounts>(reader.GetString(8), EntryJson.Options) ?? new SnapshotCounts(),
                IssueCount = reader.GetInt32(9),
                IsActive = reader.GetBoolean(10),
            });
        }
        return result;
    }

    private static async Task<ListSnapshot?> ActiveOfSourceAsync(NpgsqlConnection connection, string source, CancellationToken cancellationToken)
    {
        var found = await QuerySnapshotsAsync(connection, "WHERE source = $1 AND is_active", p => p.AddWithValue(source), cancellationToken).ConfigureAwait(false);
        return found.Count > 0 ? found[0] : null;
    }
}
