using Embargo.Core.Storage;
using Npgsql;

namespace Embargo.Store.Postgres;

/// <summary>
/// One PostgreSQL database shared by every store and every node: the pooled data source, the retry policy, and
/// the migrations, applied when it is opened (under an advisory lock, so nodes starting together apply them once).
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private PostgresDatabase(NpgsqlDataSource dataSource, string description, string connectionString)
    {
        DataSource = dataSource;
        Description = description;
        ConnectionString = connectionString;
        Retry = new PostgresRetry(dataSource);
    }

    /// <summary>How long opening waits for a server that is not there (yet).</summary>
    public static TimeSpan OpenBudget { get; } = TimeSpan.FromSeconds(15);

    public NpgsqlDataSource DataSource { get; }

    /// <summary>Where it is, without the password: <c>postgres://user@host:port/db</c>.</summary>
    public string Description { get; }

    /// <summary>The full connection string (for the listening connection, which stays outside the pool).</summary>
    internal string ConnectionString { get; }

    public PostgresRetry Retry { get; }

    /// <summary>Connects (retrying while the server starts) and applies the migrations not applied yet.</summary>
    /// <param name="store">A <c>postgres://</c> URL or an Npgsql key=value connection string.</param>
    /// <param name="cancellationToken">Stops waiting for the server.</param>
    /// <exception cref="ArgumentException">The connection string cannot be read.</exception>
    public static async Task<PostgresDatabase> OpenAsync(string store, CancellationToken cancellationToken)
    {
        var builder = PostgresConnectionString.Parse(store);
        var dataSource = NpgsqlDataSource.Create(builder);
        var database = new PostgresDatabase(dataSource, PostgresConnectionString.Describe(builder), builder.ConnectionString);
        try
        {
            // Shorter than a request's patience: a wrong port should not keep a command waiting long.
            await new PostgresRetry(dataSource) { Budget = OpenBudget }.ExecuteAsync(async ct =>
            {
                await using var connection = await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
                await PostgresMigrator.MigrateAsync(connection, ct).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is NpgsqlException or StoreUnavailableException)
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw new StoreUnavailableException($"cannot open the PostgreSQL store {database.Description}: {(e.InnerException ?? e).Message}", e);
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return database;
    }

    /// <summary>Opens a pooled connection; callers run it inside <see cref="Retry"/>.</summary>
    public ValueTask<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken) => DataSource.OpenConnectionAsync(cancellationToken);

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
