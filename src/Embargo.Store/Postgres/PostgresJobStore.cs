using Embargo.Core.Jobs;
using Npgsql;
using NpgsqlTypes;

namespace Embargo.Store.Postgres;

/// <summary>
/// Jobs in the shared PostgreSQL database (<c>batch_jobs</c>, with input and output in chunked <c>bytea</c> rows).
/// Claiming uses <c>FOR UPDATE SKIP LOCKED</c>, so nodes polling together never take the same job; leases are on
/// the database's clock, so nodes' clocks need not agree. Every write checks that the lease is still the
/// caller's in the same statement that makes it. Each operation is retried on transient failures.
/// </summary>
public sealed class PostgresJobStore(PostgresDatabase database) : IJobStore
{
    /// <summary>The channel a new job is announced on.</summary>
    public const string Channel = "embargo_jobs";

    private const int ChunkBytes = 1 << 20;
    private const string Columns = "id, owner, created_at, status, state, input_length, output_length, lease_node, claims";

    public Task CreateAsync(StoredJob job, Stream input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(input);
        return database.Retry.ExecuteAsync(async ct =>
        {
            input.Seek(0, SeekOrigin.Begin);
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            await using (var insert = new NpgsqlCommand("""
                INSERT INTO batch_jobs (id, owner, created_at, status, state, input_length)
                VALUES ($1, $2, $3, 'queued', $4, $5) ON CONFLICT (id) DO NOTHING
                """, connection))
            {
                insert.Parameters.AddWithValue(job.Id);
                insert.Parameters.AddWithValue(job.Owner);
                insert.Parameters.AddWithValue(job.CreatedAt.ToUniversalTime());
                insert.Parameters.Add(new NpgsqlParameter { Value = job.State, NpgsqlDbType = NpgsqlDbType.Jsonb });
                insert.Parameters.AddWithValue(input.Length);
                // A retry after a lost acknowledgement finds the job stored whole: nothing more to do.
                if (await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 0) return;
            }
            var buffer = new byte[ChunkBytes];
            for (var seq = 0; ; seq++)
            {
                var length = await input.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct).ConfigureAwait(false);
                if (length == 0) break;
                await using var chunk = new NpgsqlCommand("INSERT INTO batch_job_input (job_id, seq, data) VALUES ($1, $2, $3)", connection);
                chunk.Parameters.AddWithValue(job.Id);
                chunk.Parameters.AddWithValue(seq);
                chunk.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>> { TypedValue = buffer.AsMemory(0, length), NpgsqlDbType = NpgsqlDbType.Bytea });
                await chunk.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
            await using (var notify = new NpgsqlCommand($"SELECT pg_notify('{Channel}', $1)", connection))
            {
                notify.Parameters.AddWithValue(job.Id);
                await notify.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }, cancellationToken);
    }

    public async Task<StoredJob?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var found = await QueryAsync($"SELECT {Columns} FROM batch_jobs WHERE id = $1", p => p.AddWithValue(id), cancellationToken).ConfigureAwait(false);
        return found.Count > 0 ? found[0] : null;
    }

    public Task<IReadOnlyList<StoredJob>> ListAsync(string? owner, CancellationToken cancellationToken) =>
        owner is null
            ? QueryAsync($"SELECT {Columns} FROM batch_jobs ORDER BY created_at DESC, id", static _ => { }, cancellationToken)
            : QueryAsync($"SELECT {Columns} FROM batch_jobs WHERE owner = $1 ORDER BY created_at DESC, id", p => p.AddWithValue(owner), cancellationToken);

    public async Task<StoredJob?> ClaimAsync(string node, TimeSpan lease, CancellationToken cancellationToken)
    {
        var claimed = await QueryAsync($"""
            UPDATE batch_jobs SET status = 'running', lease_node = $1, lease_until = now() + $2, claims = claims + 1, updated_at = now()
            WHERE id = (
                SELECT id FROM batch_jobs
                WHERE status IN ('queued', 'running') AND (lease_until IS NULL OR lease_until < now())
                ORDER BY created_at, id
                LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING {Columns}
            """, p =>
            {
                p.AddWithValue(node);
                p.AddWithValue(lease);
            }, cancellationToken).ConfigureAwait(false);
        return claimed.Count > 0 ? claimed[0] : null;
    }

    public Task<bool> RenewAsync(string id, string node, TimeSpan lease, CancellationToken cancellationToken) =>
        database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("""
                UPDATE batch_jobs SET lease_until = now() + $3, updated_at = now()
                WHERE id = $1 AND lease_node = $2 AND status = 'running'
                """, connection);
            command.Parameters.AddWithValue(id);
            command.Parameters.AddWithValue(node);
            command.Parameters.AddWithValue(lease);
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
        }, cancellationToken);

    public Task<bool> AppendAsync(string id, string node, long offset, ReadOnlyMemory<byte> output, string state, TimeSpan lease, CancellationToken cancellationToken) =>
        database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            var end = offset + output.Length;
            // The row lock taken here orders this append against a claim by another node: whichever commits first wins.
            // output_length = end: a retry of an append whose commit went through but whose acknowledgement was lost.
            await using (var update = new NpgsqlCommand("""
                UPDATE batch_jobs SET state = $4, output_length = $3, lease_until = now() + $5, updated_at = now()
                WHERE id = $1 AND lease_node = $2 AND status = 'running' AND output_length IN ($6, $3)
                """, connection))
            {
                update.Parameters.AddWithValue(id);
                update.Parameters.AddWithValue(node);
                update.Parameters.AddWithValue(end);
                update.Parameters.Add(new NpgsqlParameter { Value = state, NpgsqlDbType = NpgsqlDbType.Jsonb });
                update.Parameters.AddWithValue(lease);
                update.Parameters.AddWithValue(offset);
                if (await update.ExecuteNonQueryAsync(ct).ConfigureAwait(false) != 1) return false;
            }
            if (output.Length > 0)
            {
                await using var chunk = new NpgsqlCommand(
                    "INSERT INTO batch_job_output (job_id, output_offset, data) VALUES ($1, $2, $3) ON CONFLICT (job_id, output_offset) DO NOTHING", connection);
                chunk.Parameters.AddWithValue(id);
                chunk.Parameters.AddWithValue(offset);
                chunk.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>> { TypedValue = output, NpgsqlDbType = NpgsqlDbType.Bytea });
                await chunk.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public Task<bool> FinishAsync(string id, string node, string status, string state, CancellationToken cancellationToken) =>
        database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("""
                UPDATE batch_jobs SET status = $3, state = $4, lease_until = NULL, updated_at = now()
                WHERE id = $1 AND lease_node = $2 AND (status = 'running' OR status = $3)
                """, connection);
            command.Parameters.AddWithValue(id);
            command.Parameters.AddWithValue(node);
            command.Parameters.AddWithValue(status);
            command.Parameters.Add(new NpgsqlParameter { Value = state, NpgsqlDbType = NpgsqlDbType.Jsonb });
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
        }, cancellationToken);

    public Task<bool> CancelAsync(string id, string state, CancellationToken cancellationToken) =>
        database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("""
                UPDATE batch_jobs SET status = 'cancelled', state = $2, lease_until = NULL, updated_at = now()
                WHERE id = $1 AND status IN ('queued', 'running')
                """, connection);
            command.Parameters.AddWithValue(id);
            command.Parameters.Add(new NpgsqlParameter { Value = state, NpgsqlDbType = NpgsqlDbType.Jsonb });
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
        }, cancellationToken);

    public Task CopyInputAsync(string id, Stream destination, CancellationToken cancellationToken) =>
        CopyChunksAsync("SELECT seq, data FROM batch_job_input WHERE job_id = $1 AND seq > $2 ORDER BY seq LIMIT 8", id, destination, cancellationToken);

    public Task CopyOutputAsync(string id, Stream destination, CancellationToken cancellationToken) =>
        CopyChunksAsync("SELECT output_offset, data FROM batch_job_output WHERE job_id = $1 AND output_offset > $2 ORDER BY output_offset LIMIT 8",
            id, destination, cancellationToken);

    /// <summary>A few chunks per query, each query retried on its own, so a dropped connection costs one page.</summary>
    private async Task CopyChunksAsync(string sql, string id, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        long after = -1;
        while (true)
        {
            var page = await database.Retry.ExecuteAsync(async ct =>
            {
                await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
                await using var command = new NpgsqlCommand(sql, connection);
                command.Parameters.AddWithValue(id);
                command.Parameters.AddWithValue(after);
                var chunks = new List<(long Key, byte[] Data)>();
                await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                    chunks.Add((Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), reader.GetFieldValue<byte[]>(1)));
                return chunks;
            }, cancellationToken).ConfigureAwait(false);
            foreach (var (_, data) in page) await destination.WriteAsync(data, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0) return;
            after = page[^1].Key;
        }
    }

    private Task<IReadOnlyList<StoredJob>> QueryAsync(string sql, Action<NpgsqlParameterCollection> bind, CancellationToken cancellationToken) =>
        database.Retry.ExecuteAsync<IReadOnlyList<StoredJob>>(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var command = new NpgsqlCommand(sql, connection);
            bind(command.Parameters);
            var jobs = new List<StoredJob>();
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                jobs.Add(new StoredJob
                {
                    Id = reader.GetString(0),
                    Owner = reader.GetString(1),
                    CreatedAt = reader.GetFieldValue<DateTimeOffset>(2),
                    Status = reader.GetString(3),
                    State = reader.GetString(4),
                    InputLength = reader.GetInt64(5),
                    OutputLength = reader.GetInt64(6),
                    LeaseNode = reader.IsDBNull(7) ? null : reader.GetString(7),
                    Claims = reader.GetInt32(8),
                });
            }
            return jobs;
        }, cancellationToken);
}
