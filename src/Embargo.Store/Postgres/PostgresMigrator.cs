using System.Globalization;
using Npgsql;

namespace Embargo.Store.Postgres;

/// <summary>
/// Applies the numbered scripts embedded from <c>Sql/Postgres/</c> in order, all in one transaction, and records
/// them in <c>schema_migrations</c>. An advisory lock makes nodes that start at the same moment take turns: the
/// first applies, the others find the scripts applied.
/// </summary>
internal static class PostgresMigrator
{
    private const string Prefix = "Embargo.Store.PostgresSql.";
    // Any constant will do, as long as no other program on the same database uses it for its own lock.
    private const long LockKey = 0x656d626172676f; // "embargo"

    public static async Task MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection,
            "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
            cancellationToken).ConfigureAwait(false);
        var applied = new HashSet<int>();
        await using (var query = new NpgsqlCommand("SELECT version FROM schema_migrations", connection))
        await using (var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) applied.Add(reader.GetInt32(0));
        }
        foreach (var (version, name, sql) in Scripts())
        {
            if (applied.Contains(version)) continue;
            await ExecuteAsync(connection, sql, cancellationToken).ConfigureAwait(false);
            await using var record = new NpgsqlCommand("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", connection);
            record.Parameters.AddWithValue(version);
            record.Parameters.AddWithValue(name);
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The embedded scripts, by version.</summary>
    internal static IEnumerable<(int Version, string Name, string Sql)> Scripts()
    {
        var assembly = typeof(PostgresMigrator).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource[Prefix.Length..];
            var version = int.Parse(name.AsSpan(0, name.IndexOf('_', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var text = new StreamReader(stream);
            yield return (version, name, text.ReadToEnd());
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
