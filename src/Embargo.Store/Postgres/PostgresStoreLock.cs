using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Embargo.Core.Review;
using Npgsql;

namespace Embargo.Store.Postgres;

/// <summary>
/// Named locks shared by every node: a PostgreSQL session advisory lock, held on a connection of its own for as
/// long as the work runs. If the node dies, its connection closes and the server releases the lock, so the next
/// node to try takes it over.
/// </summary>
public sealed class PostgresStoreLock(PostgresDatabase database) : IStoreLock
{
    public async Task<IAsyncDisposable?> AcquireAsync(string name, bool wait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = Key(name);
        return await database.Retry.ExecuteAsync<IAsyncDisposable?>(async ct =>
        {
            var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            try
            {
                await using var command = new NpgsqlCommand(wait ? "SELECT pg_advisory_lock($1), true" : "SELECT true, pg_try_advisory_lock($1)", connection);
                command.Parameters.AddWithValue(key);
                await using (var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false))
                {
                    await reader.ReadAsync(ct).ConfigureAwait(false);
                    if (!reader.GetBoolean(1))
                    {
                        await connection.DisposeAsync().ConfigureAwait(false);
                        return null;
                    }
                }
                return new Held(connection, key);
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    // A stable 64-bit key per name, in a range of its own (the top bytes spell "emb").
    internal static long Key(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        return (0x656d62L << 40) | (long)(BinaryPrimitives.ReadUInt64BigEndian(hash) & 0xFF_FFFF_FFFF);
    }

    private sealed class Held(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
                command.Parameters.AddWithValue(key);
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (PostgresRetry.IsTransient(e))
            {
                // The connection is gone, and the server released the lock with it.
            }
            finally
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
