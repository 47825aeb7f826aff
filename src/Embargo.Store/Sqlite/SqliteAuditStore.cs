using System.Runtime.CompilerServices;
using System.Text;
using Embargo.Core.Audit;

namespace Embargo.Store.Sqlite;

/// <summary>The audit trail in the shared SQLite file (append-only: triggers refuse updates and deletes).</summary>
public sealed class SqliteAuditStore(SqliteSnapshotStore database) : IAuditStore
{
    private readonly string _connectionString = database.ConnectionString;

    public async Task<IReadOnlyList<AuditRecord>> AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        await using var transaction = await SqliteCommands.BeginWriteAsync(connection, cancellationToken);
        var records = await SqliteAuditLog.AppendAsync(connection, transaction, entries, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return records;
    }

    public async IAsyncEnumerable<AuditRecord> ReadAsync(AuditQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        var (where, parameters) = Where(query);
        var sql = new StringBuilder($"SELECT {SqliteAuditLog.Columns} FROM audit_log WHERE {where}");
        sql.Append(query.NewestFirst ? " ORDER BY seq DESC" : " ORDER BY seq");
        if (query.Limit is not null || query.Offset > 0)
        {
            sql.Append(" LIMIT $limit OFFSET $offset");
            parameters.Add(("$limit", query.Limit ?? -1));
            parameters.Add(("$offset", query.Offset));
        }
        await using var command = SqliteCommands.Create(connection, null, sql.ToString(), [.. parameters]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) yield return SqliteAuditLog.Read(reader);
    }

    public async Task<long> CountAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        var (where, parameters) = Where(query);
        await using var command = SqliteCommands.Create(connection, null, $"SELECT count(*) FROM audit_log WHERE {where}", [.. parameters]);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static (string Where, List<(string, object?)> Parameters) Where(AuditQuery query)
    {
        var sql = new StringBuilder("seq > $after");
        var parameters = new List<(string, object?)> { ("$after", query.AfterSequence) };
        if (query.Subject is { } subject)
        {
            if (subject.EndsWith(':'))
            {
                // A prefix: compared as a range, so that LIKE's wildcards in ids cannot widen it.
                sql.Append(" AND subject >= $subject AND subject < $subjectEnd");
                parameters.Add(("$subject", subject));
                parameters.Add(("$subjectEnd", subject[..^1] + ";"));
            }
            else
            {
                sql.Append(" AND subject = $subject");
                parameters.Add(("$subject", subject));
            }
        }
        if (query.Action is { } action)
        {
            sql.Append(" AND action = $action");
            parameters.Add(("$action", action));
        }
        if (query.Actor is { } actor)
        {
            sql.Append(" AND actor = $actor");
            parameters.Add(("$actor", actor));
        }
        // Times are stored in one fixed-width UTC form, so text order is time order.
        if (query.From is { } from)
        {
            sql.Append(" AND at >= $from");
            parameters.Add(("$from", AuditChain.FormatTime(from)));
        }
        if (query.Until is { } until)
        {
            sql.Append(" AND at < $until");
            parameters.Add(("$until", AuditChain.FormatTime(until)));
        }
        return (sql.ToString(), parameters);
    }
}
