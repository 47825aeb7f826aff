using System.Globalization;
using System.Text;
using System.Text.Json;
using Embargo.Core.Alerts;
using Embargo.Core.Audit;
using Embargo.Core.Review;
using Microsoft.Data.Sqlite;

namespace Embargo.Store.Sqlite;

/// <summary>Alerts, their history and the allow-list in the shared SQLite file.</summary>
public sealed class SqliteAlertStore(SqliteSnapshotStore database) : IAlertStore
{
    private readonly string _connectionString = database.ConnectionString;

    private const string Columns = """
        id, party_id, entity_id, entity_name, matched_name, score, status, decision, assignee, version, reason, reason_detail, explanation,
        list_versions, party_data, party_hash, entity_hash, entity_data, created_at, updated_at, decided_by, decided_at, approved_by, approved_at, closed_note
        """;

    private const string AllowColumns = """
        party_id, entity_id, alert_id, party_hash, party_data, entity_hash, entity_data, decided_by, approved_by, created_at, expires_at, ended_at, end_reason
        """;

    private const string ActiveStatuses = "('open', 'in_review', 'pending_approval', 'escalated')";

    public async Task<IReadOnlyDictionary<string, AlertPairState>> GetPairStatesAsync(
        string partyId, IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        var states = new Dictionary<string, AlertPairState>(StringComparer.Ordinal);
        if (entityIds.Count == 0) return states;
        var wanted = new HashSet<string>(entityIds, StringComparer.Ordinal);
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        // A party has few alerts: read them all and pick the pairs asked for.
        foreach (var alert in await QueryAsync(connection, null, "WHERE party_id = $party ORDER BY id", cancellationToken, ("$party", partyId)))
        {
            if (!wanted.Contains(alert.EntityId)) continue;
            var state = states.GetValueOrDefault(alert.EntityId) ?? AlertPairState.None;
            if (alert.Status.IsActive()) state = state with { Active = alert };
            if (alert.Status == AlertStatus.Decided) state = state with { LatestDecided = alert };
            states[alert.EntityId] = state;
        }
        foreach (var allow in await QueryAllowAsync(connection, null, "WHERE party_id = $party AND ended_at IS NULL", cancellationToken, ("$party", partyId)))
        {
            if (!wanted.Contains(allow.EntityId)) continue;
            states[allow.EntityId] = (states.GetValueOrDefault(allow.EntityId) ?? AlertPairState.None) with { Allow = allow };
        }
        return states;
    }

    public async Task<IReadOnlyList<Alert>> RaiseAsync(AlertRaise raise, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(raise);
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        await using var transaction = await SqliteCommands.BeginWriteAsync(connection, cancellationToken);
        foreach (var ending in raise.EndAllow)
        {
            await SqliteCommands.ExecuteAsync(connection, transaction, """
                UPDATE allow_list SET ended_at = $at, end_reason = $reason WHERE party_id = $party AND entity_id = $entity AND ended_at IS NULL
                """, cancellationToken, ("$at", SqliteCommands.Time(ending.At)), ("$reason", ending.Reason), ("$party", ending.PartyId), ("$entity", ending.EntityId));
        }
        var stored = new List<Alert>(raise.Alerts.Count);
        var audit = new List<AuditEntry>(raise.Records);
        foreach (var alert in raise.Alerts)
        {
            await using var insert = SqliteCommands.Create(connection, transaction, """
                INSERT INTO alerts (party_id, entity_id, entity_name, matched_name, score, status, decision, assignee, version, reason, reason_detail,
                    explanation, list_versions, party_data, party_hash, entity_hash, entity_data, created_at, updated_at)
                VALUES ($party, $entity, $entityName, $matched, $score, $status, NULL, NULL, $version, $reason, $detail,
                    $explanation, $versions, $partyData, $partyHash, $entityHash, $entityData, $created, $updated)
                ON CONFLICT DO NOTHING
                RETURNING id
                """,
                ("$party", alert.PartyId), ("$entity", alert.EntityId), ("$entityName", alert.EntityName), ("$matched", alert.MatchedName),
                ("$score", alert.Score), ("$status", alert.Status.Name()), ("$version", alert.Version), ("$reason", alert.Reason.Name()),
                ("$detail", alert.ReasonDetail), ("$explanation", alert.Explanation), ("$versions", JsonSerializer.Serialize(alert.ListVersions)),
                ("$partyData", alert.PartyData), ("$partyHash", alert.PartyHash), ("$entityHash", alert.EntityHash),
                ("$entityData", alert.EntityData), ("$created", SqliteCommands.Time(alert.CreatedAt)), ("$updated", SqliteCommands.Time(alert.UpdatedAt)));
            var id = await insert.ExecuteScalarAsync(cancellationToken);
            if (id is null or DBNull) continue; // another screening raised this pair's alert first
            var withId = alert with { Id = (long)id };
            await InsertEventAsync(connection, transaction,
                new AlertEvent(withId.Id, alert.CreatedAt, "system", "create", alert.ReasonDetail ?? alert.Reason.Name()), cancellationToken);
            stored.Add(withId);
            audit.Add(raise.Audit(withId));
        }
        await SqliteAuditLog.AppendAsync(connection, transaction, audit, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    public async Task<Alert?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        var found = await QueryAsync(connection, null, "WHERE id = $id", cancellationToken, ("$id", id));
        return found.Count > 0 ? found[0] : null;
    }

    public async Task<IReadOnlyList<Alert>> ListAsync(AlertQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (where, parameters) = Filter(query);
        parameters.Add(("$limit", query.Limit));
        parameters.Add(("$offset", query.Offset));
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        return await QueryAsync(connection, null, $"{where} ORDER BY id DESC LIMIT $limit OFFSET $offset", cancellationToken, [.. parameters]);
    }

    public async Task<int> CountAsync(AlertQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (where, parameters) = Filter(query);
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        return Convert.ToInt32(await SqliteCommands.ScalarAsync(connection, null, $"SELECT COUNT(*) FROM alerts {where}", cancellationToken, [.. parameters]),
            CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<AlertEvent>> GetEventsAsync(long alertId, CancellationToken cancellationToken)
    {
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        await using var command = SqliteCommands.Create(connection, null,
            "SELECT alert_id, at, actor, kind, text FROM alert_events WHERE alert_id = $id ORDER BY id", ("$id", alertId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<AlertEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new AlertEvent(reader.GetInt64(0), SqliteCommands.ReadTime(reader, 1), reader.GetString(2), reader.GetString(3),
                SqliteCommands.ReadStringOrNull(reader, 4)));
        }
        return events;
    }

    public async Task UpdateAsync(AlertChange change, AllowListEntry? allow, AuditEntry audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var a = change.After;
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        await using var transaction = await SqliteCommands.BeginWriteAsync(connection, cancellationToken);
        int updated;
        try
        {
            updated = await SqliteCommands.ExecuteAsync(connection, transaction, """
                UPDATE alerts SET status = $status, decision = $decision, assignee = $assignee, version = $version, updated_at = $updated,
                    decided_by = $decidedBy, decided_at = $decidedAt, approved_by = $approvedBy, approved_at = $approvedAt, closed_note = $note
                WHERE id = $id AND version = $expected
                """, cancellationToken,
                ("$status", a.Status.Name()), ("$decision", a.Decision?.Name()), ("$assignee", a.Assignee), ("$version", a.Version),
                ("$updated", SqliteCommands.Time(a.UpdatedAt)), ("$decidedBy", a.DecidedBy), ("$decidedAt", SqliteCommands.Time(a.DecidedAt)),
                ("$approvedBy", a.ApprovedBy), ("$approvedAt", SqliteCommands.Time(a.ApprovedAt)), ("$note", a.ClosedNote),
                ("$id", a.Id), ("$expected", change.Before.Version));
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19 && e.SqliteExtendedErrorCode == 2067)
        {
            throw new ConflictException($"alert {a.Id} cannot be {change.Event.Kind}ed: another alert for party {a.PartyId} and {a.EntityId} is being worked");
        }
        if (updated == 0)
        {
            var current = await SqliteCommands.ScalarAsync(connection, transaction, "SELECT version FROM alerts WHERE id = $id", cancellationToken, ("$id", a.Id));
            if (current is null) throw new NotFoundException($"no alert {a.Id}");
            throw new AlertConflictException(a.Id, change.Before.Version, Convert.ToInt32(current, CultureInfo.InvariantCulture));
        }
        await InsertEventAsync(connection, transaction, change.Event, cancellationToken);
        if (change.UndoesFalsePositive)
        {
            await SqliteCommands.ExecuteAsync(connection, transaction, """
                UPDATE allow_list SET ended_at = $at, end_reason = $reason WHERE party_id = $party AND entity_id = $entity AND ended_at IS NULL
                """, cancellationToken, ("$at", SqliteCommands.Time(a.UpdatedAt)), ("$reason", $"alert {a.Id} {change.Event.Kind}"),
                ("$party", a.PartyId), ("$entity", a.EntityId));
        }
        if (allow is not null) await InsertAllowAsync(connection, transaction, allow, cancellationToken);
        await SqliteAuditLog.AppendAsync(connection, transaction, [audit], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task AddEventAsync(AlertEvent alertEvent, AuditEntry audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alertEvent);
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        await using var transaction = await SqliteCommands.BeginWriteAsync(connection, cancellationToken);
        if (await SqliteCommands.ScalarAsync(connection, transaction, "SELECT 1 FROM alerts WHERE id = $id", cancellationToken, ("$id", alertEvent.AlertId)) is null)
            throw new NotFoundException($"no alert {alertEvent.AlertId}");
        await InsertEventAsync(connection, transaction, alertEvent, cancellationToken);
        await SqliteAuditLog.AppendAsync(connection, transaction, [audit], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Alert>> FindActiveAsync(string? partyId, IReadOnlyCollection<string>? entityIds, CancellationToken cancellationToken)
    {
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        if (partyId is not null)
            return await QueryAsync(connection, null, $"WHERE party_id = $party AND status IN {ActiveStatuses} ORDER BY id", cancellationToken, ("$party", partyId));
        var found = new List<Alert>();
        foreach (var entity in entityIds ?? [])
        {
            found.AddRange(await QueryAsync(connection, null, $"WHERE entity_id = $entity AND status IN {ActiveStatuses} ORDER BY id", cancellationToken,
                ("$entity", entity)));
        }
        return found;
    }

    public async Task<IReadOnlyList<AllowListEntry>> ListAllowAsync(string? partyId, bool activeOnly, DateTimeOffset? expiredBy, CancellationToken cancellationToken)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        var parameters = new List<(string, object?)>();
        if (partyId is not null)
        {
            where.Append(" AND party_id = $party");
            parameters.Add(("$party", partyId));
        }
        if (activeOnly) where.Append(" AND ended_at IS NULL");
        if (expiredBy is { } by)
        {
            where.Append(" AND expires_at IS NOT NULL AND expires_at <= $by");
            parameters.Add(("$by", SqliteCommands.Time(by)));
        }
        where.Append(" ORDER BY id");
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        return await QueryAllowAsync(connection, null, where.ToString(), cancellationToken, [.. parameters]);
    }

    private static (string Where, List<(string, object?)> Parameters) Filter(AlertQuery query)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        var parameters = new List<(string, object?)>();
        if (query.Statuses is { Count: > 0 } statuses)
        {
            where.Append(" AND status IN (");
            for (var i = 0; i < statuses.Count; i++)
            {
                where.Append(i == 0 ? "" : ", ").Append("$s").Append(i);
                parameters.Add(($"$s{i}", statuses[i].Name()));
            }
            where.Append(')');
        }
        if (query.PartyId is not null)
        {
            where.Append(" AND party_id = $party");
            parameters.Add(("$party", query.PartyId));
        }
        if (query.EntityId is not null)
        {
            where.Append(" AND entity_id = $entity");
            parameters.Add(("$entity", query.EntityId));
        }
        if (query.Assignee is not null)
        {
            where.Append(" AND assignee = $assignee");
            parameters.Add(("$assignee", query.Assignee));
        }
        if (query.Source is not null)
        {
            // A prefix compare, not LIKE: a source never acts as a pattern.
            where.Append(" AND substr(entity_id, 1, length($sourcePrefix)) = $sourcePrefix");
            parameters.Add(("$sourcePrefix", query.Source + ":"));
        }
        if (query.MinScore is { } minScore)
        {
            where.Append(" AND score >= $minScore");
            parameters.Add(("$minScore", minScore));
        }
        if (query.CreatedBefore is { } before)
        {
            where.Append(" AND created_at < $createdBefore");
            parameters.Add(("$createdBefore", SqliteCommands.Time(before)));
        }
        return (where.ToString(), parameters);
    }

    private static async Task InsertEventAsync(SqliteConnection connection, SqliteTransaction transaction, AlertEvent e, CancellationToken cancellationToken) =>
        await SqliteCommands.ExecuteAsync(connection, transaction,
            "INSERT INTO alert_events (alert_id, at, actor, kind, text) VALUES ($alert, $at, $actor, $kind, $text)", cancellationToken,
            ("$alert", e.AlertId), ("$at", SqliteCommands.Time(e.At)), ("$actor", e.Actor), ("$kind", e.Kind), ("$text", e.Text));

    private static async Task InsertAllowAsync(SqliteConnection connection, SqliteTransaction transaction, AllowListEntry e, CancellationToken cancellationToken)
    {
        // A pair has one active entry: a newer confirmed false positive replaces an older one.
        await SqliteCommands.ExecuteAsync(connection, transaction, """
            UPDATE allow_list SET ended_at = $at, end_reason = $reason WHERE party_id = $party AND entity_id = $entity AND ended_at IS NULL
            """, cancellationToken, ("$at", SqliteCommands.Time(e.CreatedAt)), ("$reason", $"replaced by alert {e.AlertId}"),
            ("$party", e.PartyId), ("$entity", e.EntityId));
        await SqliteCommands.ExecuteAsync(connection, transaction, $"""
            INSERT INTO allow_list ({AllowColumns})
            VALUES ($party, $entity, $alert, $partyHash, $partyData, $entityHash, $entityData, $decidedBy, $approvedBy, $created, $expires, NULL, NULL)
            """, cancellationToken,
            ("$party", e.PartyId), ("$entity", e.EntityId), ("$alert", e.AlertId), ("$partyHash", e.PartyHash), ("$partyData", e.PartyData),
            ("$entityHash", e.EntityHash), ("$entityData", e.EntityData), ("$decidedBy", e.DecidedBy), ("$approvedBy", e.ApprovedBy),
            ("$created", SqliteCommands.Time(e.CreatedAt)), ("$expires", SqliteCommands.Time(e.ExpiresAt)));
    }

    private static async Task<IReadOnlyList<Alert>> QueryAsync(SqliteConnection connection, SqliteTransaction? transaction, string where,
        CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = SqliteCommands.Create(connection, transaction, $"SELECT {Columns} FROM alerts {where}", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var alerts = new List<Alert>();
        while (await reader.ReadAsync(cancellationToken)) alerts.Add(Read(reader));
        return alerts;
    }

    private static async Task<IReadOnlyList<AllowListEntry>> QueryAllowAsync(SqliteConnection connection, SqliteTransaction? transaction, string where,
        CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = SqliteCommands.Create(connection, transaction, $"SELECT {AllowColumns} FROM allow_list {where}", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AllowListEntry>();
        while (await reader.ReadAsync(cancellationToken))
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
                ApprovedBy = SqliteCommands.ReadStringOrNull(reader, 8),
                CreatedAt = SqliteCommands.ReadTime(reader, 9),
                ExpiresAt = SqliteCommands.ReadTimeOrNull(reader, 10),
                EndedAt = SqliteCommands.ReadTimeOrNull(reader, 11),
                EndReason = SqliteCommands.ReadStringOrNull(reader, 12),
            });
        }
        return entries;
    }

    private static Alert Read(SqliteDataReader reader)
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
            Assignee = SqliteCommands.ReadStringOrNull(reader, 8),
            Version = reader.GetInt32(9),
            Reason = reason,
            ReasonDetail = SqliteCommands.ReadStringOrNull(reader, 11),
            Explanation = reader.GetString(12),
            ListVersions = JsonSerializer.Deserialize<string[]>(reader.GetString(13)) ?? [],
            PartyData = reader.GetString(14),
            PartyHash = reader.GetString(15),
            EntityHash = reader.GetString(16),
            EntityData = reader.GetString(17),
            CreatedAt = SqliteCommands.ReadTime(reader, 18),
            UpdatedAt = SqliteCommands.ReadTime(reader, 19),
            DecidedBy = SqliteCommands.ReadStringOrNull(reader, 20),
            DecidedAt = SqliteCommands.ReadTimeOrNull(reader, 21),
            ApprovedBy = SqliteCommands.ReadStringOrNull(reader, 22),
            ApprovedAt = SqliteCommands.ReadTimeOrNull(reader, 23),
            ClosedNote = SqliteCommands.ReadStringOrNull(reader, 24),
        };
    }
}
