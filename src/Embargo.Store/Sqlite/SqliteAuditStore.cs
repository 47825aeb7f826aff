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
        var sql = new StringBuilder($"SELECT {SqliteAuditLog.Columns} FROM audit_log WHERE seq > $after");
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
        sql.Append(" ORDER BY seq");
        if (query.Limit is { } limit)
        {
            sql.Append(" LIMIT $limit");
            parameters.Add(("$limit", limit));
        }
        await using var command = SqliteCommands.Create(connection, null, sql.ToString(), [.. parameters]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) yield return SqliteAuditLog.Read(reader);
    }
}
