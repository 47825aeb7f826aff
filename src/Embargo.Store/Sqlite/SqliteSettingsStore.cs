using Embargo.Core.Audit;
using Embargo.Core.Review;

namespace Embargo.Store.Sqlite;

/// <summary>Named settings in the shared SQLite file.</summary>
public sealed class SqliteSettingsStore(SqliteSnapshotStore database) : ISettingsStore
{
    private readonly string _connectionString = database.ConnectionString;

    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        return (string?)await SqliteCommands.ScalarAsync(connection, null, "SELECT value FROM settings WHERE key = $key", cancellationToken, ("$key", key));
    }

    public async Task SetAsync(string key, string value, DateTimeOffset at, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken)
    {
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        await using var transaction = await SqliteCommands.BeginWriteAsync(connection, cancellationToken);
        await SqliteCommands.ExecuteAsync(connection, transaction, """
            INSERT INTO settings (key, value, updated_at) VALUES ($key, $value, $at)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
            """, cancellationToken, ("$key", key), ("$value", value), ("$at", SqliteCommands.Time(at)));
        await SqliteAuditLog.AppendAsync(connection, transaction, audit, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
