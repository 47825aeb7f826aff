using System.Runtime.CompilerServices;
using System.Text.Json;
using Embargo.Core.Audit;
using Embargo.Core.Model;
using Embargo.Core.Parties;
using Npgsql;

namespace Embargo.Store.Postgres;

/// <summary>Monitored parties in the shared PostgreSQL database.</summary>
public sealed class PostgresPartyStore(PostgresDatabase database) : IPartyStore
{
    private const string Columns = "id, kind, name, aliases, birth_date, country, id_number, gender, address, created_at, updated_at, removed_at";

    public Task<IReadOnlyList<PartySave>> SaveAsync(IReadOnlyList<Party> parties, PartySaveMode mode, Func<Party?, Party, AuditEntry> audit,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(audit);
        return database.Retry.ExecuteAsync<IReadOnlyList<PartySave>>(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            // One locked read for the whole chunk, in id order (two nodes saving the same parties take turns, and
            // never lock in opposite orders), then one batch of writes: a few round trips per chunk, not two per party.
            var current = await LockAsync(connection, transaction, parties, ct).ConfigureAwait(false);
            var results = new List<PartySave>(parties.Count);
            var entries = new List<AuditEntry>();
            var batch = new NpgsqlBatch(connection, transaction);
            await using (batch.ConfigureAwait(false))
            {
                foreach (var party in parties)
                {
                    var before = current.GetValueOrDefault(party.Id);
                    if ((mode == PartySaveMode.Add && before is not null) || (mode == PartySaveMode.Update && before is null))
                    {
                        results.Add(new PartySave(before ?? party, PartySaveOutcome.Refused, before));
                        continue;
                    }
                    if (before is not null && SameData(before, party))
                    {
                        results.Add(new PartySave(before, PartySaveOutcome.Unchanged, before));
                        continue;
                    }
                    // A party keeps its creation time across updates; a removed one added again starts afresh.
                    var saved = before is null ? party with { UpdatedAt = party.CreatedAt } : party with { CreatedAt = before.CreatedAt };
                    batch.BatchCommands.Add(Upsert(saved));
                    current[saved.Id] = saved; // the same id later in the chunk compares with this write
                    results.Add(new PartySave(saved, before is null ? PartySaveOutcome.Added : PartySaveOutcome.Updated, before));
                    entries.Add(audit(before, saved));
                }
                if (batch.BatchCommands.Count > 0) await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
            await PostgresAuditLog.AppendAsync(connection, transaction, entries, ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return results;
        }, cancellationToken);
    }

    /// <summary>The stored, not removed, parties of these ids, their rows locked to the end of the transaction.</summary>
    private static async Task<Dictionary<string, Party?>> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<Party> parties, CancellationToken cancellationToken)
    {
        var ids = new string[parties.Count];
        for (var i = 0; i < ids.Length; i++) ids[i] = parties[i].Id;
        var current = new Dictionary<string, Party?>(StringComparer.Ordinal);
        await using var find = PostgresCommands.Create(connection, transaction,
            $"SELECT {Columns} FROM parties WHERE id = ANY($1) ORDER BY id COLLATE \"C\" FOR UPDATE", (object)ids);
        await using var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var stored = Read(reader);
            if (reader.IsDBNull(11)) current[stored.Id] = stored;
        }
        return current;
    }

    private static NpgsqlBatchCommand Upsert(Party saved)
    {
        var command = new NpgsqlBatchCommand("""
            INSERT INTO parties (id, kind, name, aliases, birth_date, country, id_number, gender, address, data_hash, created_at, updated_at, removed_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, NULL)
            ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, aliases = excluded.aliases,
                birth_date = excluded.birth_date, country = excluded.country, id_number = excluded.id_number, gender = excluded.gender,
                address = excluded.address, data_hash = excluded.data_hash, created_at = excluded.created_at,
                updated_at = excluded.updated_at, removed_at = NULL
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = saved.Id });
        command.Parameters.Add(PostgresCommands.Text(saved.Kind is { } kind ? kind.ToString().ToLowerInvariant() : null));
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = saved.Name });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = JsonSerializer.Serialize(saved.Aliases, EntryJson.Options) });
        command.Parameters.Add(PostgresCommands.Text(saved.BirthDate?.ToString()));
        command.Parameters.Add(PostgresCommands.Text(saved.Country));
        command.Parameters.Add(PostgresCommands.Text(saved.IdNumber));
        command.Parameters.Add(PostgresCommands.Text(saved.Gender));
        command.Parameters.Add(PostgresCommands.Text(saved.Address));
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = PartyContent.Hash(saved) });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = saved.CreatedAt.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = saved.UpdatedAt.ToUniversalTime() });
        return command;
    }

    public Task<Party?> RemoveAsync(string id, DateTimeOffset at, Func<Party, AuditEntry> audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            var found = await QueryAsync(connection, transaction, "WHERE id = $1 AND removed_at IS NULL FOR UPDATE", ct, id).ConfigureAwait(false);
            if (found.Count == 0) return null;
            await PostgresCommands.ExecuteAsync(connection, transaction, "UPDATE parties SET removed_at = $2 WHERE id = $1", ct, id, at).ConfigureAwait(false);
            await PostgresAuditLog.AppendAsync(connection, transaction, [audit(found[0])], ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return found[0];
        }, cancellationToken);
    }

    public Task<Party?> FindAsync(string id, CancellationToken cancellationToken) =>
        database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            var found = await QueryAsync(connection, null, "WHERE id = $1 AND removed_at IS NULL", ct, id).ConfigureAwait(false);
            return found.Count > 0 ? found[0] : null;
        }, cancellationToken);

    public Task<IReadOnlyList<Party>> ListAsync(PartyQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var prefix = query.IdPrefix is { Length: > 0 } p ? p : null;
        var name = query.NameContains is { Length: > 0 } n ? n : null;
        return database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            return await QueryAsync(connection, null,
                "WHERE removed_at IS NULL AND ($1::text IS NULL OR left(id, length($1)) = $1) AND ($2::text IS NULL OR strpos(lower(name), lower($2)) > 0) "
                + "ORDER BY id COLLATE \"C\" LIMIT $3 OFFSET $4", ct,
                prefix, name, (long)query.Limit, (long)query.Offset).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            return Convert.ToInt32(await PostgresCommands.ScalarAsync(connection, null, "SELECT COUNT(*) FROM parties WHERE removed_at IS NULL", ct)
                .ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }, cancellationToken);

    public async IAsyncEnumerable<Party> StreamAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.Retry.ExecuteAsync(async ct => await database.OpenConnectionAsync(ct).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommands.Create(connection, null, $"SELECT {Columns} FROM parties WHERE removed_at IS NULL ORDER BY id COLLATE \"C\"");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) yield return Read(reader);
    }

    private static bool SameData(Party a, Party b) =>
        string.Equals(PartyContent.Canonical(a), PartyContent.Canonical(b), StringComparison.Ordinal)
        && string.Equals(a.Address, b.Address, StringComparison.Ordinal);

    private static async Task<IReadOnlyList<Party>> QueryAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string where,
        CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = PostgresCommands.Create(connection, transaction, $"SELECT {Columns} FROM parties {where}", values);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var parties = new List<Party>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) parties.Add(Read(reader));
        return parties;
    }

    private static Party Read(NpgsqlDataReader reader) => new()
    {
        Id = reader.GetString(0),
        Kind = reader.IsDBNull(1) ? null : Enum.Parse<EntityKind>(reader.GetString(1), ignoreCase: true),
        Name = reader.GetString(2),
        Aliases = JsonSerializer.Deserialize<string[]>(reader.GetString(3)) ?? [],
        BirthDate = reader.IsDBNull(4) ? null : PartialDate.TryParseIso(reader.GetString(4), out var date) ? date : null,
        Country = PostgresCommands.ReadStringOrNull(reader, 5),
        IdNumber = PostgresCommands.ReadStringOrNull(reader, 6),
        Gender = PostgresCommands.ReadStringOrNull(reader, 7),
        Address = PostgresCommands.ReadStringOrNull(reader, 8),
        CreatedAt = PostgresCommands.ReadTime(reader, 9),
        UpdatedAt = PostgresCommands.ReadTime(reader, 10),
    };
}
