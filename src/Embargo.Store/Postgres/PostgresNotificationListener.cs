using Npgsql;

namespace Embargo.Store.Postgres;

/// <summary>
/// Listens on PostgreSQL channels over one connection of its own (outside the pool) and calls the handler of
/// each notification's channel. When the connection drops (a server restart) it reconnects, pausing between
/// attempts, and then calls every handler once: notifications sent while it was away are lost, so whatever
/// they would have triggered is done anyway.
/// </summary>
public sealed class PostgresNotificationListener : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly IReadOnlyDictionary<string, Action> _handlers;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    /// <param name="database">The database to listen on.</param>
    /// <param name="handlers">Channel name → what to do on a notification (called on a pool thread; must not block).</param>
    public PostgresNotificationListener(PostgresDatabase database, IReadOnlyDictionary<string, Action> handlers)
    {
        ArgumentNullException.ThrowIfNull(database);
        _connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false, KeepAlive = 10 }.ConnectionString;
        _handlers = handlers;
        _loop = Task.Run(() => ListenAsync(_stop.Token));
    }

    /// <summary>How many times the connection has been (re)established; for tests and metrics.</summary>
    public int Connections { get; private set; }

    private async Task ListenAsync(CancellationToken cancellationToken)
    {
        var pause = TimeSpan.FromMilliseconds(200);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(_connectionString);
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                connection.Notification += (_, e) => Call(e.Channel);
                foreach (var channel in _handlers.Keys)
                {
                    await using var listen = new NpgsqlCommand($"LISTEN \"{channel.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
                    await listen.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
                if (Connections++ > 0)
                {
                    foreach (var channel in _handlers.Keys) Call(channel);
                }
                pause = TimeSpan.FromMilliseconds(200);
                while (true) await connection.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The server went away (or refused us): try again shortly; a listener that gives up would leave the node deaf.
                try
                {
                    await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 2000));
            }
        }
    }

    private void Call(string channel)
    {
        if (_handlers.TryGetValue(channel, out var handler)) handler();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }
}
