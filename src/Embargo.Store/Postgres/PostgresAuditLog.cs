using System.Text.Json;
using Embargo.Core.Audit;
using Npgsql;

namespace Embargo.Store.Postgres;

/// <summary>
/// Appends sealed audit records inside a caller's transaction: takes the audit lock, reads the head, numbers and
/// chains each entry. The lock (an advisory transaction lock, held to commit) makes writers on every node take
/// turns, so the chain never forks. Callers append last, just before commit, so the lock is held briefly.
/// An entry already stored under its <see cref="AuditEntry.WriteId"/> — by an earlier attempt of the same retried
/// transaction, whose commit succeeded but whose acknowledgement was lost — is not stored again.
/// </summary>
internal static class PostgresAuditLog
{
    // Any constant will do, as long as no other program on the same database uses it for its own lock.
    private const long LockKey = 0x656d6261756474; // "embaudt"

    public static async Task<IReadOnlyList<AuditRecord>> AppendAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0) return [];
        await PostgresCommands.ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken).ConfigureAwait(false);
        var stored = await StoredAsync(connection, transaction, entries, cancellationToken).ConfigureAwait(false);
        if (stored.Count > 0) entries = [.. entries.Where(e => !stored.Contains(e.WriteId))];
        if (entries.Count == 0) return [];
        long sequence = 0;
        var previous = AuditChain.Genesis;
        await using (var head = PostgresCommands.Create(connection, transaction, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"))
        await using (var reader = await head.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                sequence = reader.GetInt64(0);
                previous = reader.GetString(1);
            }
        }

        var sealedRecords = new List<AuditRecord>(entries.Count);
        var batch = new NpgsqlBatch(connection, transaction);
        await using (batch.ConfigureAwait(false))
        {
            foreach (var entry in entries)
            {
                var record = AuditChain.Seal(++sequence, entry, previous);
                var command = new NpgsqlBatchCommand("""
                    INSERT INTO audit_log (seq, at, actor, action, subject, before_json, after_json, list_versions, previous_hash, hash, write_id)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                    """);
                command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = record.Sequence });
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = AuditChain.FormatTime(record.Entry.At) });
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.Actor });
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.Action });
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.Subject });
                command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.Before ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
                command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.After ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = JsonSerializer.Serialize(entry.ListVersions) });
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = record.PreviousHash });
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = record.Hash });
                command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = entry.WriteId });
                batch.BatchCommands.Add(command);
                sealedRecords.Add(record);
                previous = record.Hash;
            }
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        return sealedRecords;
    }

    /// <summary>True when <paramref name="entry"/> is stored already: the write it belongs to committed.</summary>
    public static async Task<bool> ContainsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, AuditEntry entry, CancellationToken cancellationToken) =>
        (await StoredAsync(connection, transaction, [entry], cancellationToken).ConfigureAwait(false)).Count > 0;

    private static async Task<HashSet<Guid>> StoredAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var ids = new Guid[entries.Count];
        for (var i = 0; i < ids.Length; i++) ids[i] = entries[i].WriteId;
        await using var command = PostgresCommands.Create(connection, transaction, "SELECT write_id FROM audit_log WHERE write_id = ANY($1)", (object)ids);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var stored = new HashSet<Guid>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) stored.Add(reader.GetGuid(0));
        return stored;
    }

    public static AuditRecord Read(NpgsqlDataReader reader)
    {
        var entry = new AuditEntry
        {
            At = DateTimeOffset.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal),
            Actor = reader.GetString(2),
            Action = reader.GetString(3),
            Subject = reader.GetString(4),
            Before = PostgresCommands.ReadStringOrNull(reader, 5),
            After = PostgresCommands.ReadStringOrNull(reader, 6),
            ListVersions = JsonSerializer.Deserialize<string[]>(reader.GetString(7)) ?? [],
        };
        return new AuditRecord(reader.GetInt64(0), entry, reader.GetString(8), reader.GetString(9));
    }

    public const string Columns = "seq, at, actor, action, subject, before_json, after_json, list_versions, previous_hash, hash";
}
