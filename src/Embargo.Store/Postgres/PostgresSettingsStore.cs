using Embargo.Core.Audit;
using Embargo.Core.Review;

namespace Embargo.Store.Postgres;

/// <summary>Named settings in the shared PostgreSQL database.</summary>
public sealed class PostgresSettingsStore(PostgresDatabase database) : ISettingsStore
{
    public Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
        database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            return (string?)await PostgresCommands.ScalarAsync(connection, null, "SELECT value FROM settings WHERE key = $1", ct, key).ConfigureAwait(false);
        }, cancellationToken);

    public Task SetAsync(string key, string value, DateTimeOffset at, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken) =>
        database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            await PostgresCommands.ExecuteAsync(connection, transaction, """
                INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, $3)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
                """, ct, key, value, at).ConfigureAwait(false);
            await PostgresAuditLog.AppendAsync(connection, transaction, audit, ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }, cancellationToken);
}
