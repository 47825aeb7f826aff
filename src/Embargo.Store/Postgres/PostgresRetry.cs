using System.Net.Sockets;
using Embargo.Core.Storage;
using Npgsql;

namespace Embargo.Store.Postgres;

/// <summary>
/// Runs one store operation again when PostgreSQL drops the connection or is restarting, with a growing pause,
/// for up to <see cref="Budget"/>. Each operation is a whole transaction, so a retried one starts afresh; an
/// error that is not transient (a constraint, a bad statement) is never retried. When the budget runs out the
/// caller gets <see cref="StoreUnavailableException"/>.
/// </summary>
public sealed class PostgresRetry(NpgsqlDataSource dataSource)
{
    /// <summary>How long to keep trying: long enough for a server restart.</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(45);

    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var started = DateTime.UtcNow;
        var pause = TimeSpan.FromMilliseconds(50);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await operation(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (IsTransient(e) && !cancellationToken.IsCancellationRequested)
            {
                // Pooled connections to a restarted server are all dead: drop them rather than fail on each in turn.
                dataSource.Clear();
                if (DateTime.UtcNow - started + pause > Budget)
                    throw new StoreUnavailableException($"the PostgreSQL server is unavailable ({e.Message}); gave up after {attempt} attempts", e);
                await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
                pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 1000));
            }
        }
    }

    public Task ExecuteAsync(Func<CancellationToken, Task> operation, CancellationToken cancellationToken) =>
        ExecuteAsync(async ct =>
        {
            await operation(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <summary>Connection lost, server shutting down or starting, too many connections, a serialisation conflict.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        PostgresException p => p.SqlState.StartsWith("08", StringComparison.Ordinal)
                               || p.SqlState is "57P01" or "57P02" or "57P03" or "53300" or "40001" or "40P01",
        NpgsqlException n => n.IsTransient || n.InnerException is IOException or SocketException or TimeoutException,
        IOException or SocketException => true,
        _ => false,
    };
}
