using System.Globalization;
using System.Text;
using System.Text.Json;
using Embargo.Core.Alerts;
using Embargo.Core.Audit;
using Embargo.Core.Review;
using Npgsql;

namespace Embargo.Store.Postgres;

/// <summary>
/// Alerts, their history and the allow-list in the shared PostgreSQL database. The partial unique index keeps one
/// active alert per pair even when two nodes screen the same party at once; updates check the version in their
/// WHERE clause, which PostgreSQL re-evaluates after waiting for a concurrent writer, so a stale change never lands.
/// </summary>
public sealed class PostgresAlertStore(PostgresDatabase database) : IAlertStore
{
    private const string Columns = """
        id, party_id, entity_id, entity_name, matched_name, score, status, decision, assignee, version, reason, reason_detail, explanation,
        list_versions, party_data, party_hash, entity_hash, entity_data, created_at, updated_at, decided_by, decided_at, approved_by, approved_at, closed_note
        """;

    private const string AllowColumns = """
        party_id, entity_id, alert_id, party_hash, party_data, entity_hash, entity_data, decided_by, approved_by, created_at, expires_at, ended_at, end_reason
        """;

    private const string ActiveStatuses = "('open', 'in_review', 'pending_approval', 'escalated')";

    public Task<IReadOnlyDictionary<string, AlertPairState>> GetPairStatesAsync(
        string partyId, IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        var wanted = new HashSet<string>(entityIds, StringComparer.Ordinal);
        return database.Retry.ExecuteAsync<IReadOnlyDictionary<string, AlertPairState>>(async ct =>
        {
            var states = new Dictionary<string, AlertPairState>(StringComparer.Ordinal);
            if (wanted.Count == 0) return states;
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            // A party has few alerts: read them all and pick the pairs asked for.
            foreach (var alert in await QueryAsync(connection, null, "WHERE party_id = $1 ORDER BY id", ct, partyId).ConfigureAwait(false))
            {
                if (!wanted.Contains(alert.EntityId)) continue;
                var state = states.GetValueOrDefault(alert.EntityId) ?? AlertPairState.None;
                if (alert.Status.IsActive()) state = state with { Active = alert };
                if (alert.Status == AlertStatus.Decided) state = state with { LatestDecided = alert };
                states[alert.EntityId] = state;
            }
            foreach (var allow in await QueryAllowAsync(connection, null, "WHERE party_id = $1 AND ended_at IS NULL", ct, partyId).ConfigureAwait(false))
            {
                if (!wanted.Contains(allow.EntityId)) continue;
                states[allow.EntityId] = (states.GetValueOrDefault(allow.EntityId) ?? AlertPairState.None) with { Allow = allow };
            }
            return states;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<Alert>> RaiseAsync(AlertRaise raise, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(raise);
        return database.Retry.ExecuteAsync<IReadOnlyList<Alert>>(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            // A retry of a raise that committed (its acknowledgement lost) finds its screening record stored: nothing to redo.
            if (raise.Records.Count > 0 && await PostgresAuditLog.ContainsAsync(connection, transaction, raise.Records[0], ct).ConfigureAwait(false)) return [];
            foreach (var ending in raise.EndAllow)
            {
                await PostgresCommands.ExecuteAsync(connection, transaction,
                    "UPDATE allow_list SET ended_at = $1, end_reason = $2 WHERE party_id = $3 AND entity_id = $4 AND ended_at IS NULL", ct,
                    ending.At, ending.Reason, ending.PartyId, ending.EntityId).ConfigureAwait(false);
            }
            var stored = new List<Alert>(raise.Alerts.Count);
            var audit = new List<AuditEntry>(raise.Records);
            foreach (var alert in raise.Alerts)
            {
                // No conflict target: DO NOTHING covers the partial unique index of active alerts.
                var id = await PostgresCommands.ScalarAsync(connection, transaction, """
                    INSERT INTO alerts (party_id, entity_id, entity_name, matched_name, score, status, decision, assignee, version, reason, reason_detail,
                        explanation, list_versions, party_data, party_hash, entity_hash, entity_data, created_at, updated_at)
                    VALUES ($1, $2, $3, $4, $5, $6, NULL, NULL, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
                    ON CONFLICT DO NOTHING
                    RETURNING id
                    """, ct,
                    alert.PartyId, alert.EntityId, alert.EntityName, alert.MatchedName, alert.Score, alert.Status.Name(), alert.Version,
                    alert.Reason.Name(), PostgresCommands.Text(alert.ReasonDetail), alert.Explanation, JsonSerializer.Serialize(alert.ListVersions),
                    alert.PartyData, alert.PartyHash, alert.EntityHash, alert.EntityData, alert.CreatedAt, alert.UpdatedAt).ConfigureAwait(false);
                if (id is null) continue; // another screening (perhaps on another node) raised this pair's alert first
                var withId = alert with { Id = (long)id };
                await InsertEventAsync(connection, transaction,
                    new AlertEvent(withId.Id, alert.CreatedAt, "system", "create", alert.ReasonDetail ?? alert.Reason.Name()), ct).ConfigureAwait(false);
                stored.Add(withId);
                audit.Add(raise.Audit(withId));
            }
            await PostgresAuditLog.AppendAsync(connection, transaction, audit, ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return stored;
        }, cancellationToken);
    }

    public Task<Alert?> GetAsync(long id, CancellationToken cancellationToken) =>
        database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            var found = await QueryAsync(connection, null, "WHERE id = $1", ct, id).ConfigureAwait(false);
            return found.Count > 0 ? found[0] : null;
        }, cancellationToken);

    public Task<IReadOnlyList<Alert>> ListAsync(AlertQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (where, values) = Filter(query);
        values.Add((long)query.Limit);
        values.Add((long)query.Offset);
        var sql = $"{where} ORDER BY id DESC LIMIT ${values.Count - 1} OFFSET ${values.Count}";
        return database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            return await QueryAsync(connection, null, sql, ct, [.. values]).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<int> CountAsync(AlertQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (where, values) = Filter(query);
        return database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            return Convert.ToInt32(await PostgresCommands.ScalarAsync(connection, null, $"SELECT COUNT(*) FROM alerts {where}", ct, [.. values])
                .ConfigureAwait(false), CultureInfo.InvariantCulture);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<AlertEvent>> GetEventsAsync(long alertId, CancellationToken cancellationToken) =>
        database.Retry.ExecuteAsync<IReadOnlyList<AlertEvent>>(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var command = PostgresCommands.Create(connection, null,
                "SELECT alert_id, at, actor, kind, text FROM alert_events WHERE alert_id = $1 ORDER BY id", alertId);
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            var events = new List<AlertEvent>();
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                events.Add(new AlertEvent(reader.GetInt64(0), PostgresCommands.ReadTime(reader, 1), reader.GetString(2), reader.GetString(3),
                    PostgresCommands.ReadStringOrNull(reader, 4)));
            }
            return events;
        }, cancellationToken);

    public Task UpdateAsync(AlertChange change, AllowListEntry? allow, AuditEntry audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var a = change.After;
        return database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            int updated;
            try
            {
                updated = await PostgresCommands.ExecuteAsync(connection, transaction, """
                    UPDATE alerts SET status = $1, decision = $2, assignee = $3, version = $4, updated_at = $5,
                        decided_by = $6, decided_at = $7, approved_by = $8, approved_at = $9, closed_note = $10
                    WHERE id = $11 AND version = $12
                    """, ct,
                    a.Status.Name(), PostgresCommands.Text(a.Decision?.Name()), PostgresCommands.Text(a.Assignee), a.Version, a.UpdatedAt,
                    PostgresCommands.Text(a.DecidedBy), Time(a.DecidedAt), PostgresCommands.Text(a.ApprovedBy), Time(a.ApprovedAt),
                    PostgresCommands.Text(a.ClosedNote), a.Id, change.Before.Version).ConfigureAwait(false);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                throw new ConflictException($"alert {a.Id} cannot be {change.Event.Kind}ed: another alert for party {a.PartyId} and {a.EntityId} is being worked");
            }
            if (updated == 0)
            {
                // A retry of this very change after its commit (acknowledgement lost) finds its record: done, not a conflict.
                if (await PostgresAuditLog.ContainsAsync(connection, transaction, audit, ct).ConfigureAwait(false)) return;
                var current = await PostgresCommands.ScalarAsync(connection, transaction, "SELECT version FROM alerts WHERE id = $1", ct, a.Id).ConfigureAwait(false);
                if (current is null) throw new NotFoundException($"no alert {a.Id}");
                throw new AlertConflictException(a.Id, change.Before.Version, Convert.ToInt32(current, CultureInfo.InvariantCulture));
            }
            await InsertEventAsync(connection, transaction, change.Event, ct).ConfigureAwait(false);
            if (change.UndoesFalsePositive)
            {
                await PostgresCommands.ExecuteAsync(connection, transaction,
                    "UPDATE allow_list SET ended_at = $1, end_reason = $2 WHERE party_id = $3 AND entity_id = $4 AND ended_at IS NULL", ct,
                    a.UpdatedAt, $"alert {a.Id} {change.Event.Kind}", a.PartyId, a.EntityId).ConfigureAwait(false);
            }
            if (allow is not null) await InsertAllowAsync(connection, transaction, allow, ct).ConfigureAwait(false);
            await PostgresAuditLog.AppendAsync(connection, transaction, [audit], ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task AddEventAsync(AlertEvent alertEvent, AuditEntry audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alertEvent);
        return database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            if (await PostgresCommands.ScalarAsync(connection, transaction, "SELECT 1 FROM alerts WHERE id = $1", ct, alertEvent.AlertId).ConfigureAwait(false) is null)
                throw new NotFoundException($"no alert {alertEvent.AlertId}");
            // A retry after a commit whose acknowledgement was lost: the event is there with its record.
            if (await PostgresAuditLog.ContainsAsync(connection, transaction, audit, ct).ConfigureAwait(false)) return;
            await InsertEventAsync(connection, transaction, alertEvent, ct).ConfigureAwait(false);
            await PostgresAuditLog.AppendAsync(connection, transaction, [audit], ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<Alert>> FindActiveAsync(string? partyId, IReadOnlyCollection<string>? entityIds, CancellationToken cancellationToken) =>
        database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            if (partyId is not null)
                return await QueryAsync(connection, null, $"WHERE party_id = $1 AND status IN {ActiveStatuses} ORDER BY id", ct, partyId).ConfigureAwait(false);
            var entities = entityIds?.ToArray() ?? [];
            if (entities.Length == 0) return [];
            return await QueryAsync(connection, null, $"WHERE entity_id = ANY($1) AND status IN {ActiveStatuses} ORDER BY id", ct, (object)entities)
                .ConfigureAwait(false);
        }, cancellationToken);

    public Task<IReadOnlyList<AllowListEntry>> ListAllowAsync(string? partyId, bool activeOnly, DateTimeOffset? expiredBy, CancellationToken cancellationToken)
    {
        var where = new StringBuilder("WHERE true");
        var values = new List<object?>();
        if (partyId is not null)
        {
            values.Add(partyId);
            where.Append(CultureInfo.InvariantCulture, $" AND party_id = ${values.Count}");
        }
        if (activeOnly) where.Append(" AND ended_at IS NULL");
        if (expiredBy is { } by)
        {
            values.Add(by);
            where.Append(CultureInfo.InvariantCulture, $" AND expires_at IS NOT NULL AND expires_at <= ${values.Count}");
        }
        where.Append(" ORDER BY id");
        return database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            return await QueryAllowAsync(connection, null, where.ToString(), ct, [.. values]).ConfigureAwait(false);
        }, cancellationToken);
    }

    private static NpgsqlParameter Time(DateTimeOffset? at) =>
        new() { Value = at is { } t ? t.ToUniversalTime() : DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz };

    private static (string Where, List<object?> Values) Filter(AlertQuery query)
    {
        var where = new StringBuilder("WHERE true");
        var values = new List<object?>();
        if (query.Statuses is { Count: > 0 } statuses)
        {
            values.Add(statuses.Select(s => s.Name()).ToArray());
            where.Append(CultureInfo.InvariantCulture, $" AND status = ANY(${values.Count})");
        }
        if (query.PartyId is not null)
        {
            values.Add(query.PartyId);
            where.Append(CultureInfo.InvariantCulture, $" AND party_id = ${values.Count}");
        }
        if (query.EntityId is not null)
        {
            values.Add(query.EntityId);
            where.Append(CultureInfo.InvariantCulture, $" AND entity_id = ${values.Count}");
        }
        if (query.Assignee is not null)
        {
            values.Add(query.Assignee);
            where.Append(CultureInfo.InvariantCulture, $" AND assignee = ${values.Count}");
        }
        if (query.Source is not null)
        {
            // A prefix compare, not LIKE: a source never acts as a pattern.
            values.Add(query.Source + ":");
            where.Append(CultureInfo.InvariantCulture, $" AND left(entity_id, length(${values.Count})) = ${values.Count}");
        }
        if (query.MinScore is { } minScore)
        {
            values.Add(minScore);
            where.Append(CultureInfo.InvariantCulture, $" AND score >= ${values.Count}");
        }
        if (query.CreatedBefore is { } before)
        {
            values.Add(Time(before));
            where.Append(CultureInfo.InvariantCulture, $" AND created_at < ${values.Count}");
        }
        return (where.ToString(), values);
    }

    private static Task InsertEventAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, AlertEvent e, CancellationToken cancellationToken) =>
        PostgresCommands.ExecuteAsync(connection, transaction,
            "INSERT INTO alert_events (alert_id, at, actor, kind, text) VALUES ($1, $2, $3, $4, $5)", cancellationToken,
            e.AlertId, e.At, e.Actor, e.Kind, PostgresCommands.Text(e.Text));

    private static async Task InsertAllowAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, AllowListEntry e, CancellationToken cancellationToken)
    {
        // A pair has one active entry: a newer confirmed false positive replaces an older one.
        await PostgresCommands.ExecuteAsync(connection, transaction,
            "UPDATE allow_list SET ended_at = $1, end_reason = $2 WHERE party_id = $3 AND entity_id = $4 AND ended_at IS NULL", cancellationToken,
            e.CreatedAt, $"replaced by alert {e.AlertId}", e.PartyId, e.EntityId).ConfigureAwait(false);
        await PostgresCommands.ExecuteAsync(connection, transaction, $"""
            INSERT INTO allow_list ({AllowColumns})
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, NULL, NULL)
            """, cancellationToken,
            e.PartyId, e.EntityId, e.AlertId, e.PartyHash, e.PartyData, e.EntityHash, e.EntityData, e.DecidedBy, PostgresCommands.Text(e.ApprovedBy),
            e.CreatedAt, Time(e.ExpiresAt)).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<Alert>> QueryAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string where,
        CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = PostgresCommands.Create(connection, transaction, $"SELECT {Columns} FROM alerts {where}", values);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var alerts = new List<Alert>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) alerts.Add(Read(reader));
        return alerts;
    }

    private static async Task<IReadOnlyList<AllowListEntry>> QueryAllowAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string where,
        CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = PostgresCommands.Create(connection, transaction, $"SELECT {AllowColumns} FROM allow_list {where}", values);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<AllowListEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new AllowListEntry
            {
                PartyId = reader.GetString(0),
                EntityId = reader.GetString(1),
                AlertId = reader.GetInt64(2),
                PartyHash = reader.GetString(3),
                PartyData = reader.GetString(4),
                EntityHash = reader.GetString(5),
                EntityData = reader.GetString(6),
                DecidedBy = reader.GetString(7),
                ApprovedBy = PostgresCommands.ReadStringOrNull(reader, 8),
                CreatedAt = PostgresCommands.ReadTime(reader, 9),
                ExpiresAt = PostgresCommands.ReadTimeOrNull(reader, 10),
                EndedAt = PostgresCommands.ReadTimeOrNull(reader, 11),
                EndReason = PostgresCommands.ReadStringOrNull(reader, 12),
            });
        }
        return entries;
    }

    private static Alert Read(NpgsqlDataReader reader)
    {
        AlertStatuses.TryParseStatus(reader.GetString(6), out var status);
        AlertStatuses.TryParseReason(reader.GetString(10), out var reason);
        return new Alert
        {
            Id = reader.GetInt64(0),
            PartyId = reader.GetString(1),
            EntityId = reader.GetString(2),
            EntityName = reader.GetString(3),
            MatchedName = reader.GetString(4),
            Score = reader.GetDouble(5),
            Status = status,
            Decision = reader.IsDBNull(7) ? null : AlertStatuses.TryParseDecision(reader.GetString(7), out var d) ? d : null,
            Assignee = PostgresCommands.ReadStringOrNull(reader, 8),
            Version = reader.GetInt32(9),
            Reason = reason,
            ReasonDetail = PostgresCommands.ReadStringOrNull(reader, 11),
            Explanation = reader.GetString(12),
            ListVersions = JsonSerializer.Deserialize<string[]>(reader.GetString(13)) ?? [],
            PartyData = reader.GetString(14),
            PartyHash = reader.GetString(15),
            EntityHash = reader.GetString(16),
            EntityData = reader.GetString(17),
            CreatedAt = PostgresCommands.ReadTime(reader, 18),
            UpdatedAt = PostgresCommands.ReadTime(reader, 19),
            DecidedBy = PostgresCommands.ReadStringOrNull(reader, 20),
            DecidedAt = PostgresCommands.ReadTimeOrNull(reader, 21),
            ApprovedBy = PostgresCommands.ReadStringOrNull(reader, 22),
            ApprovedAt = PostgresCommands.ReadTimeOrNull(reader, 23),
            ClosedNote = PostgresCommands.ReadStringOrNull(reader, 24),
        };
    }
}
