using System.Globalization;
using Embargo.Core.Access;
using Embargo.Core.Audit;
using Microsoft.Data.Sqlite;

namespace Embargo.Store.Sqlite;

/// <summary>
/// API keys in the same SQLite file as the snapshots (the schema comes with the snapshot store's migrations); a key's
/// creation and revocation are written with their audit records in one transaction.
/// </summary>
public sealed class SqliteApiKeyStore : IApiKeyStore
{
    private readonly string _connectionString;

    public SqliteApiKeyStore(SqliteSnapshotStore database) => _connectionString = database.ConnectionString;

    public async Task AddAsync(ApiKey key, string tokenHash, AuditEntry? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        await using var transaction = await SqliteCommands.BeginWriteAsync(connection, cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO api_keys (id, name, role, token_hash, created_at, revoked_at, rate_limit_per_second, user_id)
            VALUES ($id, $name, $role, $hash, $created, NULL, $rate, $user)
            """;
        command.Parameters.AddWithValue("$id", key.Id);
        command.Parameters.AddWithValue("$name", key.Name);
        command.Parameters.AddWithValue("$role", key.Role.Name());
        command.Parameters.AddWithValue("$hash", tokenHash);
        command.Parameters.AddWithValue("$created", key.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$rate", (object?)key.RateLimitPerSecond ?? DBNull.Value);
        command.Parameters.AddWithValue("$user", (object?)key.UserId ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
        if (audit is not null) await SqliteAuditLog.AppendAsync(connection, transaction, [audit], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<(ApiKey Key, string TokenHash)?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"{Select} WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return (Read(reader), reader.GetString(6));
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"{Select} ORDER BY created_at, id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new List<ApiKey>();
        while (await reader.ReadAsync(cancellationToken)) keys.Add(Read(reader));
        return keys;
    }

    public async Task<bool> RevokeAsync(string id, DateTimeOffset at, AuditEntry? audit, CancellationToken cancellationToken)
    {
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        await using var transaction = await SqliteCommands.BeginWriteAsync(connection, cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE api_keys SET revoked_at = $at WHERE id = $id AND revoked_at IS NULL";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$at", at.ToString("O", CultureInfo.InvariantCulture));
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1) return false;
        if (audit is not null) await SqliteAuditLog.AppendAsync(connection, transaction, [audit], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private const string Select = "SELECT id, name, role, created_at, revoked_at, rate_limit_per_second, token_hash, user_id FROM api_keys";

    private static ApiKey Read(SqliteDataReader reader)
    {
        if (!ApiRoles.TryParse(reader.GetString(2), out var role))
            throw new InvalidDataException($"api key '{reader.GetString(0)}' has an unknown role '{reader.GetString(2)}'");
        return new ApiKey
        {
            Id = reader.GetString(0),
            Name = reader.GetString(1),
            Role = role,
            CreatedAt = DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture),
            RevokedAt = reader.IsDBNull(4) ? null : DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture),
            RateLimitPerSecond = reader.IsDBNull(5) ? null : reader.GetInt32(5),
            UserId = reader.IsDBNull(7) ? null : reader.GetString(7),
        };
    }
}
