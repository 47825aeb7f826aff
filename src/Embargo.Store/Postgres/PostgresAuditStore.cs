using System.Runtime.CompilerServices;
using System.Text;
using Embargo.Core.Audit;

namespace Embargo.Store.Postgres;

/// <summary>The audit trail in the shared PostgreSQL database (append-only: triggers refuse updates, deletes and truncation).</summary>
public sealed class PostgresAuditStore(PostgresDatabase database) : IAuditStore
{
    public Task<IReadOnlyList<AuditRecord>> AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            var records = await PostgresAuditLog.AppendAsync(connection, transaction, entries, ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return records;
        }, cancellationToken);
    }

    public async IAsyncEnumerable<AuditRecord> ReadAsync(AuditQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (where, values) = Where(query);
        var sql = new StringBuilder($"SELECT {PostgresAuditLog.Columns} FROM audit_log WHERE {where}");
        sql.Append(query.NewestFirst ? " ORDER BY seq DESC" : " ORDER BY seq");
        if (query.Limit is { } limit)
        {
            values.Add((long)limit);
            sql.Append($" LIMIT ${values.Count}");
        }
        if (query.Offset > 0)
        {
            values.Add((long)query.Offset);
            sql.Append($" OFFSET ${values.Count}");
        }
        await using var connection = await database.Retry.ExecuteAsync(async ct => await database.OpenConnectionAsync(ct).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommands.Create(connection, null, sql.ToString(), [.. values]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) yield return PostgresAuditLog.Read(reader);
    }

    public async Task<long> CountAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (where, values) = Where(query);
        return await database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var command = PostgresCommands.Create(connection, null, $"SELECT count(*) FROM audit_log WHERE {where}", [.. values]);
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }, cancellationToken).ConfigureAwait(false);
    }

    private static (string Where, List<object?> Values) Where(AuditQuery query)
    {
        var sql = new StringBuilder("seq > $1");
        var values = new List<object?> { query.AfterSequence };
        if (query.Subject is { } subject)
        {
            if (subject.EndsWith(':'))
            {
                // A prefix: compared as a range (in byte order), so that LIKE's wildcards in ids cannot widen it.
                values.Add(subject);
                values.Add(subject[..^1] + ";");
                sql.Append($" AND subject COLLATE \"C\" >= ${values.Count - 1} AND subject COLLATE \"C\" < ${values.Count}");
            }
            else
            {
                values.Add(subject);
                sql.Append($" AND subject = ${values.Count}");
            }
        }
        if (query.Action is { } action)
        {
            values.Add(action);
            sql.Append($" AND action = ${values.Count}");
        }
        if (query.Actor is { } actor)
        {
            values.Add(actor);
            sql.Append($" AND actor = ${values.Count}");
        }
        // Times are stored in one fixed-width UTC form, so text order (byte order) is time order.
        if (query.From is { } from)
        {
            values.Add(AuditChain.FormatTime(from));
            sql.Append($" AND at COLLATE \"C\" >= ${values.Count}");
        }
        if (query.Until is { } until)
        {
            values.Add(AuditChain.FormatTime(until));
            sql.Append($" AND at COLLATE \"C\" < ${values.Count}");
        }
        return (sql.ToString(), values);
    }
}
