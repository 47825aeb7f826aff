using System.Text.Json;
using Embargo.Core.Audit;
using Microsoft.Data.Sqlite;

namespace Embargo.Store.Sqlite;

/// <summary>
/// Appends sealed audit records inside a caller's write transaction: reads the head, numbers and chains each
/// entry. The transaction holds SQLite's write lock, so two writers cannot take the same head.
/// </summary>
internal static class SqliteAuditLog
{
    public static async Task<IReadOnlyList<AuditRecord>> AppendAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0) return [];
        entries = await NotStoredAsync(connection, transaction, entries, cancellationToken);
        if (entries.Count == 0) return [];
        long sequence = 0;
        var previous = AuditChain.Genesis;
        await using (var head = SqliteCommands.Create(connection, transaction, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"))
        await using (var reader = await head.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                sequence = reader.GetInt64(0);
                previous = reader.GetString(1);
            }
        }

        await using var insert = SqliteCommands.Create(connection, transaction, """
            INSERT INTO audit_log (seq, at, actor, action, subject, before_json, after_json, list_versions, previous_hash, hash, write_id)
            VALUES ($seq, $at, $actor, $action, $subject, $before, $after, $versions, $previous, $hash, $write)
            """);
        var parameters = new[] { "$seq", "$at", "$actor", "$action", "$subject", "$before", "$after", "$versions", "$previous", "$hash", "$write" }
            .Select(name => insert.Parameters.Add(name, SqliteType.Text)).ToArray();
        var sealedRecords = new List<AuditRecord>(entries.Count);
        foreach (var entry in entries)
        {
            var record = AuditChain.Seal(++sequence, entry, previous);
            parameters[0].Value = record.Sequence;
            parameters[1].Value = AuditChain.FormatTime(record.Entry.At);
            parameters[2].Value = entry.Actor;
            parameters[3].Value = entry.Action;
            parameters[4].Value = entry.Subject;
            parameters[5].Value = (object?)entry.Before ?? DBNull.Value;
            parameters[6].Value = (object?)entry.After ?? DBNull.Value;
            parameters[7].Value = JsonSerializer.Serialize(entry.ListVersions);
            parameters[8].Value = record.PreviousHash;
            parameters[9].Value = record.Hash;
            parameters[10].Value = entry.WriteId.ToString("N");
            await insert.ExecuteNonQueryAsync(cancellationToken);
            sealedRecords.Add(record);
            previous = record.Hash;
        }
        return sealedRecords;
    }

    // Entries a repeated write stored already (by their write id) are not stored twice.
    private static async Task<IReadOnlyList<AuditEntry>> NotStoredAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        await using var find = SqliteCommands.Create(connection, transaction, "SELECT 1 FROM audit_log WHERE write_id = $write");
        var id = find.Parameters.Add("$write", SqliteType.Text);
        List<AuditEntry>? kept = null;
        for (var i = 0; i < entries.Count; i++)
        {
            id.Value = entries[i].WriteId.ToString("N");
            var stored = await find.ExecuteScalarAsync(cancellationToken) is not null;
            if (stored && kept is null) kept = [.. entries.Take(i)];
            else if (!stored) kept?.Add(entries[i]);
        }
        return kept ?? entries;
    }

    public static AuditRecord Read(SqliteDataReader reader)
    {
        var entry = new AuditEntry
        {
            At = SqliteCommands.ReadTime(reader, 1),
            Actor = reader.GetString(2),
            Action = reader.GetString(3),
            Subject = reader.GetString(4),
            Before = SqliteCommands.ReadStringOrNull(reader, 5),
            After = SqliteCommands.ReadStringOrNull(reader, 6),
            ListVersions = JsonSerializer.Deserialize<string[]>(reader.GetString(7)) ?? [],
        };
        return new AuditRecord(reader.GetInt64(0), entry, reader.GetString(8), reader.GetString(9));
    }

    public const string Columns = "seq, at, actor, action, subject, before_json, after_json, list_versions, previous_hash, hash";
}
