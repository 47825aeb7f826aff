using Microsoft.Data.Sqlite;

namespace Embargo.Store.Sqlite;

/// <summary>How every SQLite store in one database file connects: the same connection string and pragmas.</summary>
internal static class SqliteConnections
{
    public static string ConnectionString(string databasePath) => new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    public static async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        // A 64 MB page cache: entry bodies are keyed by hash, so an import inserts all over the B-tree (halves import time).
        pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
