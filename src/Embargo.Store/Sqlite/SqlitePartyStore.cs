using System.Runtime.CompilerServices;
using System.Text.Json;
using Embargo.Core.Audit;
using Embargo.Core.Model;
using Embargo.Core.Parties;
using Microsoft.Data.Sqlite;

namespace Embargo.Store.Sqlite;

/// <summary>Monitored parties in the shared SQLite file.</summary>
public sealed class SqlitePartyStore(SqliteSnapshotStore database) : IPartyStore
{
    private readonly string _connectionString = database.ConnectionString;

    private const string Columns = "id, kind, name, aliases, birth_date, country, id_number, gender, address, created_at, updated_at, removed_at";

    public async Task<IReadOnlyList<PartySave>> SaveAsync(IReadOnlyList<Party> parties, PartySaveMode mode, Func<Party?, Party, AuditEntry> audit,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(audit);
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        await using var transaction = await SqliteCommands.BeginWriteAsync(connection, cancellationToken);
        await using var find = SqliteCommands.Create(connection, transaction, $"SELECT {Columns} FROM parties WHERE id = $id");
        var findId = find.Parameters.Add("$id", SqliteType.Text);
        await using var upsert = SqliteCommands.Create(connection, transaction, """
            INSERT INTO parties (id, kind, name, aliases, birth_date, country, id_number, gender, address, data_hash, created_at, updated_at, removed_at)
            VALUES ($id, $kind, $name, $aliases, $birth, $country, $number, $gender, $address, $hash, $created, $updated, NULL)
            ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, aliases = excluded.aliases,
                birth_date = excluded.birth_date, country = excluded.country, id_number = excluded.id_number, gender = excluded.gender,
                address = excluded.address, data_hash = excluded.data_hash, created_at = excluded.created_at,
                updated_at = excluded.updated_at, removed_at = NULL
            """);
        var values = new[] { "$id", "$kind", "$name", "$aliases", "$birth", "$country", "$number", "$gender", "$address", "$hash", "$created", "$updated" }
            .ToDictionary(n => n, n => upsert.Parameters.Add(n, SqliteType.Text), StringComparer.Ordinal);

        var results = new List<PartySave>(parties.Count);
        var entries = new List<AuditEntry>();
        foreach (var party in parties)
        {
            findId.Value = party.Id;
            Party? stored = null;
            var removed = false;
            await using (var reader = await find.ExecuteReaderAsync(cancellationToken))
            {
                if (await reader.ReadAsync(cancellationToken))
                {
                    stored = Read(reader);
                    removed = !reader.IsDBNull(11);
                }
            }
            var before = removed ? null : stored;
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
            Bind(values, saved);
            await upsert.ExecuteNonQueryAsync(cancellationToken);
            results.Add(new PartySave(saved, before is null ? PartySaveOutcome.Added : PartySaveOutcome.Updated, before));
            entries.Add(audit(before, saved));
        }
        await SqliteAuditLog.AppendAsync(connection, transaction, entries, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    public async Task<Party?> RemoveAsync(string id, DateTimeOffset at, Func<Party, AuditEntry> audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        await using var transaction = await SqliteCommands.BeginWriteAsync(connection, cancellationToken);
        var found = await QueryAsync(connection, transaction, "WHERE id = $id AND removed_at IS NULL", cancellationToken, ("$id", id));
        if (found.Count == 0) return null;
        await SqliteCommands.ExecuteAsync(connection, transaction, "UPDATE parties SET removed_at = $at WHERE id = $id", cancellationToken,
            ("$id", id), ("$at", SqliteCommands.Time(at)));
        await SqliteAuditLog.AppendAsync(connection, transaction, [audit(found[0])], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return found[0];
    }

    public async Task<Party?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        var found = await QueryAsync(connection, null, "WHERE id = $id AND removed_at IS NULL", cancellationToken, ("$id", id));
        return found.Count > 0 ? found[0] : null;
    }

    public async Task<IReadOnlyList<Party>> ListAsync(PartyQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        var prefix = query.IdPrefix is { Length: > 0 } p ? p : null;
        var name = query.NameContains is { Length: > 0 } n ? n : null;
        // SQLite's lower() folds ASCII letters only: a search in other scripts matches the case as typed.
        return await QueryAsync(connection, null,
            "WHERE removed_at IS NULL AND ($prefix IS NULL OR substr(id, 1, length($prefix)) = $prefix) "
            + "AND ($name IS NULL OR instr(lower(name), lower($name)) > 0) ORDER BY id LIMIT $limit OFFSET $offset",
            cancellationToken, ("$prefix", prefix), ("$name", name), ("$limit", query.Limit), ("$offset", query.Offset));
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        return Convert.ToInt32(await SqliteCommands.ScalarAsync(connection, null, "SELECT COUNT(*) FROM parties WHERE removed_at IS NULL", cancellationToken),
            System.Globalization.CultureInfo.InvariantCulture);
    }

    public async IAsyncEnumerable<Party> StreamAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        await using var command = SqliteCommands.Create(connection, null, $"SELECT {Columns} FROM parties WHERE removed_at IS NULL ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) yield return Read(reader);
    }

    private static bool SameData(Party a, Party b) =>
        string.Equals(PartyContent.Canonical(a), PartyContent.Canonical(b), StringComparison.Ordinal)
        && string.Equals(a.Address, b.Address, StringComparison.Ordinal);

    private static void Bind(Dictionary<string, SqliteParameter> values, Party party)
    {
        values["$id"].Value = party.Id;
        values["$kind"].Value = party.Kind is { } kind ? kind.ToString().ToLowerInvariant() : DBNull.Value;
        values["$name"].Value = party.Name;
        values["$aliases"].Value = JsonSerializer.Serialize(party.Aliases, EntryJson.Options);
        values["$birth"].Value = party.BirthDate is { } date ? date.ToString() : DBNull.Value;
        values["$country"].Value = (object?)party.Country ?? DBNull.Value;
        values["$number"].Value = (object?)party.IdNumber ?? DBNull.Value;
        values["$gender"].Value = (object?)party.Gender ?? DBNull.Value;
        values["$address"].Value = (object?)party.Address ?? DBNull.Value;
        values["$hash"].Value = PartyContent.Hash(party);
        values["$created"].Value = SqliteCommands.Time(party.CreatedAt);
        values["$updated"].Value = SqliteCommands.Time(party.UpdatedAt);
    }

    private static async Task<IReadOnlyList<Party>> QueryAsync(SqliteConnection connection, SqliteTransaction? transaction, string where,
        CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = SqliteCommands.Create(connection, transaction, $"SELECT {Columns} FROM parties {where}", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var parties = new List<Party>();
        while (await reader.ReadAsync(cancellationToken)) parties.Add(Read(reader));
        return parties;
    }

    internal static Party Read(SqliteDataReader reader) => new()
    {
        Id = reader.GetString(0),
        Kind = reader.IsDBNull(1) ? null : Enum.Parse<EntityKind>(reader.GetString(1), ignoreCase: true),
        Name = reader.GetString(2),
        Aliases = JsonSerializer.Deserialize<string[]>(reader.GetString(3)) ?? [],
        BirthDate = reader.IsDBNull(4) ? null : PartialDate.TryParseIso(reader.GetString(4), out var date) ? date : null,
        Country = SqliteCommands.ReadStringOrNull(reader, 5),
        IdNumber = SqliteCommands.ReadStringOrNull(reader, 6),
        Gender = SqliteCommands.ReadStringOrNull(reader, 7),
        Address = SqliteCommands.ReadStringOrNull(reader, 8),
        CreatedAt = SqliteCommands.ReadTime(reader, 9),
        UpdatedAt = SqliteCommands.ReadTime(reader, 10),
    };
}
