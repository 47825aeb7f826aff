using Embargo.Core.Access;
using Embargo.Core.Audit;
using Npgsql;

namespace Embargo.Store.Postgres;

/// <summary>
/// API keys in the shared PostgreSQL database: every node sees a key created or revoked on any other. Each change is
/// written with its audit record in one transaction.
/// </summary>
public sealed class PostgresApiKeyStore(PostgresDatabase database) : IApiKeyStore
{
    private const string Select = "SELECT id, name, role, created_at, revoked_at, rate_limit_per_second, token_hash, user_id FROM api_keys";

    public Task AddAsync(ApiKey key, string tokenHash, AuditEntry? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            // A retry after a commit whose acknowledgement was lost finds the row there: nothing to do (its record is there too).
            await using var command = new NpgsqlCommand("""
                INSERT INTO api_keys (id, name, role, token_hash, created_at, revoked_at, rate_limit_per_second, user_id)
                VALUES ($1, $2, $3, $4, $5, NULL, $6, $7) ON CONFLICT (id) DO NOTHING
                """, connection, transaction);
            command.Parameters.AddWithValue(key.Id);
            command.Parameters.AddWithValue(key.Name);
            command.Parameters.AddWithValue(key.Role.Name());
            command.Parameters.AddWithValue(tokenHash);
            command.Parameters.AddWithValue(key.CreatedAt.ToUniversalTime());
            command.Parameters.Add(new NpgsqlParameter<int?> { TypedValue = key.RateLimitPerSecond, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer });
            command.Parameters.Add(PostgresCommands.Text(key.UserId));
            if (await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 0) return;
            if (audit is not null) await PostgresAuditLog.AppendAsync(connection, transaction, [audit], ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<(ApiKey Key, string TokenHash)?> FindAsync(string id, CancellationToken cancellationToken) =>
        database.Retry.ExecuteAsync<(ApiKey Key, string TokenHash)?>(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"{Select} WHERE id = $1", connection);
            command.Parameters.AddWithValue(id);
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            if (!await reader.ReadAsync(ct).ConfigureAwait(false)) return null;
            return (Read(reader), reader.GetString(6));
        }, cancellationToken);

    public Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken) =>
        database.Retry.ExecuteAsync<IReadOnlyList<ApiKey>>(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"{Select} ORDER BY created_at, id", connection);
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            var keys = new List<ApiKey>();
            while (await reader.ReadAsync(ct).ConfigureAwait(false)) keys.Add(Read(reader));
            return keys;
        }, cancellationToken);

    public Task<bool> RevokeAsync(string id, DateTimeOffset at, AuditEntry? audit, CancellationToken cancellationToken) =>
        database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("UPDATE api_keys SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL", connection, transaction);
            command.Parameters.AddWithValue(id);
            command.Parameters.AddWithValue(at.ToUniversalTime());
            if (await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) != 1)
            {
                // Nothing to revoke, unless an earlier attempt of this very call committed before its acknowledgement was lost.
                return audit is not null && await PostgresAuditLog.ContainsAsync(connection, transaction, audit, ct).ConfigureAwait(false);
            }
            if (audit is not null) await PostgresAuditLog.AppendAsync(connection, transaction, [audit], ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    private static ApiKey Read(NpgsqlDataReader reader)
    {
        if (!ApiRoles.TryParse(reader.GetString(2), out var role))
            throw new InvalidDataException($"api key '{reader.GetString(0)}' has an unknown role '{reader.GetString(2)}'");
        return new ApiKey
        {
            Id = reader.GetString(0),
            Name = reader.GetString(1),
            Role = role,
            CreatedAt = reader.GetFieldValue<DateTimeOffset>(3),
            RevokedAt = reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4),
            RateLimitPerSecond = reader.IsDBNull(5) ? null : reader.GetInt32(5),
            UserId = reader.IsDBNull(7) ? null : reader.GetString(7),
        };
    }
}
