using Embargo.Store.Postgres;

namespace Embargo.Hosting;

/// <summary>
/// Which store the engine opens: <c>--store</c>, else <c>$EMBARGO_STORE</c>, else SQLite in the data directory.
/// A PostgreSQL store is named by its connection string (<c>postgres://user@host:5432/db</c> or Npgsql's
/// <c>Host=…;Username=…;Database=…</c>); <c>sqlite</c> names the default explicitly.
/// </summary>
public static class StoreLocation
{
    public const string EnvironmentVariable = "EMBARGO_STORE";
    public const string Sqlite = "sqlite";

    /// <summary>The PostgreSQL connection string to use, or null for SQLite.</summary>
    /// <exception cref="ArgumentException">The value names neither store.</exception>
    public static string? Resolve(string? explicitValue)
    {
        var value = !string.IsNullOrWhiteSpace(explicitValue) ? explicitValue : Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(value) || string.Equals(value.Trim(), Sqlite, StringComparison.OrdinalIgnoreCase)) return null;
        if (!PostgresConnectionString.IsPostgres(value))
            throw new ArgumentException($"store '{value}' is neither 'sqlite' nor a PostgreSQL connection string (postgres://user@host:5432/database or Host=…;Database=…)");
        PostgresConnectionString.Parse(value); // fails now, naming the problem, rather than at the first query
        return value.Trim();
    }
}
