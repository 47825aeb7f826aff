using System.Text.Json;
using Embargo.Core.Access;
using Embargo.Core.Alerts;
using Embargo.Core.Audit;
using Embargo.Core.Model;
using Embargo.Core.Parties;
using Embargo.Core.Review;
using Embargo.Core.Snapshots;
using Embargo.Hosting.Audit;
using Embargo.Hosting.Output;
using Embargo.Hosting.Parties;
using Embargo.Matching;

namespace Embargo.Hosting.Alerts;

/// <summary>
/// Alerts from screening monitored parties, and their review: assignment, comments, decisions with four eyes,
/// escalation, reopening; the allow-list of confirmed false positives; the review policy. Every change is
/// version-checked and recorded in the audit trail.
/// </summary>
public sealed class AlertService(IAlertStore store, ISettingsStore settings, ScreeningService screening, AuditService audit, TimeProvider clock)
{
    public const string PolicyKey = "review_policy";
    public const int MaxPageSize = 1000;

    private static readonly JsonSerializerOptions PolicyJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task<ReviewPolicy> GetPolicyAsync(CancellationToken cancellationToken)
    {
        var json = await settings.GetAsync(PolicyKey, cancellationToken);
        return json is null ? ReviewPolicy.Default : JsonSerializer.Deserialize<ReviewPolicy>(json, PolicyJson) ?? ReviewPolicy.Default;
    }

    public async Task<ReviewPolicy> SetPolicyAsync(Actor actor, ReviewPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(policy);
        actor.Require(ApiRole.Admin, "change the review policy");
        if (policy.Threshold is < 0 or > 1) throw new InvalidRequestException("must be from 0 to 1", "threshold");
        if (policy.FourEyesForFalsePositiveFrom is < 0 or > 1) throw new InvalidRequestException("must be from 0 to 1", "four_eyes_for_false_positive_from");
        if (policy.AllowListDays is < 1) throw new InvalidRequestException("must be at least 1 (or none)", "allow_list_days");
        var before = await GetPolicyAsync(cancellationToken);
        await settings.SetAsync(PolicyKey, JsonSerializer.Serialize(policy, PolicyJson), clock.GetUtcNow(),
            [audit.Entry(actor, AuditActions.PolicySet, "settings:" + PolicyKey, AlertJson.Policy(before), AlertJson.Policy(policy))], cancellationToken);
        return policy;
    }

    /// <summary>The threshold alerts are raised at: the policy's, else the algorithm's default.</summary>
    public static double ThresholdOf(ReviewPolicy policy) => policy.Threshold ?? Tuning.DefaultThreshold;

    /// <summary>Screens one party against the active lists and raises an alert per new potential match.</summary>
    public async Task<PartyScreening> ScreenPartyAsync(Actor actor, Party party, AlertReason reason, string? detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(party);
        actor.Require(ApiRole.Review, "screen monitored parties");
        var index = await screening.GetIndexAsync(cancellationToken);
        var policy = await GetPolicyAsync(cancellationToken);
        var matches = PartyScreener.Screen(index.Index, party, PartyScreener.Options(ThresholdOf(policy)));
        return await RaiseAsync(actor, party, matches, _ => (reason, detail), index.Snapshots, recordScreening: true, cancellationToken);
    }

    /// <summary>
    /// Turns matches of a party into alerts, pair by pair through <see cref="AlertGate"/>: no duplicate of an alert being
    /// worked or of a confirmed true match, no alert for an allow-listed false positive that still holds, a new one saying
    /// what changed when it no longer does. <paramref name="recordScreening"/> adds a <c>party.screen</c> audit record.
    /// </summary>
    public async Task<PartyScreening> RaiseAsync(Actor actor, Party party, IReadOnlyList<MatchResult> matches,
        Func<MatchResult, (AlertReason Reason, string? Detail)> reasonOf, IReadOnlyList<ListSnapshot> snapshots, bool recordScreening,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(reasonOf);
        var versions = AuditService.Versions(snapshots);
        if (matches.Count == 0 && !recordScreening) return new PartyScreening(party.Id, 0, [], 0, 0, snapshots);
        var now = clock.GetUtcNow();
        var states = matches.Count == 0
            ? new Dictionary<string, AlertPairState>()
            : await store.GetPairStatesAsync(party.Id, matches.Select(m => m.Entry.Id).ToList(), cancellationToken);
        var partyData = PartyContent.Canonical(party);
        var partyHash = PartyContent.Hash(party);
        var drafts = new List<Alert>();
        var endings = new List<AllowListEnding>();
        var outcomes = new List<object>();
        int known = 0, suppressed = 0;
        foreach (var match in matches)
        {
            var entityData = EntryJson.Serialize(match.Entry);
            var entityHash = EntryJson.Hash(entityData);
            var (reason, detail) = reasonOf(match);
            var (verdict, finalReason, finalDetail, endsAllow) = AlertGate.Judge(
                states.GetValueOrDefault(match.Entry.Id) ?? AlertPairState.None, reason, detail, partyData, entityHash, entityData, now);
            outcomes.Add(new { entity_id = match.Entry.Id, score = Math.Round(match.Score, 3), outcome = verdict.ToString().ToLowerInvariant() });
            if (verdict == AlertGateVerdict.AlreadyKnown) known++;
            if (verdict == AlertGateVerdict.Suppressed) suppressed++;
            if (verdict != AlertGateVerdict.Raise) continue;
            if (endsAllow) endings.Add(new AllowListEnding(party.Id, match.Entry.Id, now, finalDetail ?? "lapsed"));
            drafts.Add(new Alert
            {
                PartyId = party.Id,
                EntityId = match.Entry.Id,
                EntityName = match.Entry.Name.Full,
                MatchedName = match.MatchedName.Full,
                Score = match.Score,
                Reason = finalReason,
                ReasonDetail = finalDetail,
                Explanation = JsonSerializer.Serialize(MatchJson.Match(match), EntryJson.Options),
                ListVersions = versions,
                PartyData = partyData,
                PartyHash = partyHash,
                EntityHash = entityHash,
                EntityData = entityData,
                CreatedAt = now,
                UpdatedAt = now,
            });
        }
        var records = new List<AuditEntry>();
        if (recordScreening)
            records.Add(audit.Entry(actor, AuditActions.PartyScreen, PartyService.Subject(party.Id), null, new { party_hash = partyHash, matches = outcomes }, versions));
        foreach (var ending in endings)
            records.Add(audit.Entry(actor, AuditActions.AllowListEnd, $"allow:{ending.PartyId}/{ending.EntityId}", null, new { reason = ending.Reason }, versions));
        var raised = drafts.Count == 0 && records.Count == 0
            ? []
            : await store.RaiseAsync(new AlertRaise(drafts, endings,
                a => audit.Entry(actor, AuditActions.AlertCreate, Subject(a.Id), null, AlertJson.Raised(a), versions), records), cancellationToken);
        return new PartyScreening(party.Id, matches.Count, raised, known + drafts.Count - raised.Count, suppressed, snapshots);
    }

    public async Task<Alert> GetAsync(Actor actor, long id, CancellationToken cancellationToken)
    {
        Reader(actor);
        return await store.GetAsync(id, cancellationToken) ?? throw new NotFoundException($"no alert {id}");
    }

    public async Task<(Alert Alert, IReadOnlyList<AlertEvent> History)> GetDetailedAsync(Actor actor, long id, CancellationToken cancellationToken)
    {
        var alert = await GetAsync(actor, id, cancellationToken);
        return (alert, await store.GetEventsAsync(id, cancellationToken));
    }

    public async Task<(IReadOnlyList<Alert> Alerts, int Total)> ListAsync(Actor actor, AlertQuery query, CancellationToken cancellationToken)
    {
        Reader(actor);
        ArgumentNullException.ThrowIfNull(query);
        var page = query with { Limit = Math.Clamp(query.Limit, 1, MaxPageSize), Offset = Math.Max(0, query.Offset) };
        return (await store.ListAsync(page, cancellationToken), await store.CountAsync(page, cancellationToken));
    }

    public Task<IReadOnlyList<AllowListEntry>> AllowListAsync(Actor actor, string? partyId, bool activeOnly, CancellationToken cancellationToken)
    {
        Reader(actor);
        return store.ListAllowAsync(partyId, activeOnly, null, cancellationToken);
    }

    public async Task CommentAsync(Actor actor, long id, string text, CancellationToken cancellationToken)
    {
        var alert = await GetAsync(actor, id, cancellationToken);
        var comment = AlertWorkflow.Comment(alert, actor, text, clock.GetUtcNow());
        await store.AddEventAsync(comment, audit.Entry(actor, AuditActions.AlertComment, Subject(id), null, new { text = comment.Text }, alert.ListVersions),
            cancellationToken);
    }

    public Task<Alert> AssignAsync(Actor actor, long id, int? version, string? assignee, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, version, (a, _, now) => AlertWorkflow.Assign(a, actor, string.IsNullOrWhiteSpace(assignee) ? null : assignee.Trim(), now),
            cancellationToken);

    public Task<Alert> DecideAsync(Actor actor, long id, int? version, AlertDecision decision, string? comment, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, version, (a, policy, now) => AlertWorkflow.Decide(a, actor, decision, policy, comment, now), cancellationToken);

    public Task<Alert> EscalateAsync(Actor actor, long id, int? version, string? comment, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, version, (a, _, now) => AlertWorkflow.Escalate(a, actor, comment, now), cancellationToken);

    public Task<Alert> ApproveAsync(Actor actor, long id, int? version, string? comment, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, version, (a, _, now) => AlertWorkflow.Approve(a, actor, comment, now), cancellationToken);

    public Task<Alert> RejectAsync(Actor actor, long id, int? version, string? comment, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, version, (a, _, now) => AlertWorkflow.Reject(a, actor, comment, now), cancellationToken);

    public Task<Alert> ReopenAsync(Actor actor, long id, int? version, string? comment, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, version, (a, _, now) => AlertWorkflow.Reopen(a, actor, comment, now), cancellationToken);

    /// <summary>Closes the active alerts of a party (it is no longer monitored).</summary>
    public async Task<IReadOnlyList<Alert>> CloseForPartyAsync(Actor actor, string partyId, string note, CancellationToken cancellationToken) =>
        await CloseAsync(actor, await store.FindActiveAsync(partyId, null, cancellationToken), _ => note, cancellationToken);

    /// <summary>Closes the active alerts on entities (they were delisted), each with its note.</summary>
    public async Task<IReadOnlyList<Alert>> CloseForEntitiesAsync(Actor actor, IReadOnlyCollection<string> entityIds, Func<Alert, string> note,
        CancellationToken cancellationToken) =>
        entityIds.Count == 0 ? [] : await CloseAsync(actor, await store.FindActiveAsync(null, entityIds, cancellationToken), note, cancellationToken);

    /// <summary>Allow-list entries whose expiry has passed and that still stand, for monitoring to screen their parties again.</summary>
    public Task<IReadOnlyList<AllowListEntry>> ExpiredAllowEntriesAsync(CancellationToken cancellationToken) =>
        store.ListAllowAsync(null, activeOnly: true, expiredBy: clock.GetUtcNow(), cancellationToken);

    /// <summary>Ends a party's active allow-list entries for some entities, saying why.</summary>
    public async Task EndAllowAsync(Actor actor, string partyId, IReadOnlyList<string> entityIds, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var endings = entityIds.Select(e => new AllowListEnding(partyId, e, now, reason)).ToList();
        var records = endings.Select(e => audit.Entry(actor, AuditActions.AllowListEnd, $"allow:{e.PartyId}/{e.EntityId}", null, new { reason })).ToList();
        await store.RaiseAsync(new AlertRaise([], endings, a => audit.Entry(actor, AuditActions.AlertCreate, Subject(a.Id), null, null), records), cancellationToken);
    }

    private async Task<IReadOnlyList<Alert>> CloseAsync(Actor actor, IReadOnlyList<Alert> active, Func<Alert, string> note, CancellationToken cancellationToken)
    {
        var closed = new List<Alert>();
        foreach (var alert in active)
        {
            try
            {
                var change = AlertWorkflow.Close(alert, actor, note(alert), clock.GetUtcNow());
                await store.UpdateAsync(change, null, ChangeRecord(actor, change), cancellationToken);
                closed.Add(change.After);
            }
            catch (ConflictException)
            {
                // Someone changed the alert meanwhile: it is theirs to finish; it stays as they left it.
            }
        }
        return closed;
    }

    private async Task<Alert> ChangeAsync(Actor actor, long id, int? expectedVersion, Func<Alert, ReviewPolicy, DateTimeOffset, AlertChange> step,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var alert = await store.GetAsync(id, cancellationToken) ?? throw new NotFoundException($"no alert {id}");
        if (expectedVersion is { } expected && expected != alert.Version) throw new AlertConflictException(id, expected, alert.Version);
        var policy = await GetPolicyAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var change = step(alert, policy, now);
        var allow = change.FinalisesFalsePositive ? AllowListRule.Create(change.After, policy, now) : null;
        await store.UpdateAsync(change, allow, ChangeRecord(actor, change), cancellationToken);
        return change.After;
    }

    private AuditEntry ChangeRecord(Actor actor, AlertChange change) =>
        audit.Entry(actor, change.Action, Subject(change.After.Id), AlertJson.State(change.Before),
            new { state = AlertJson.State(change.After), note = change.Event.Text }, change.After.ListVersions);

    private static void Reader(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require(ApiRole.Review, "read alerts");
    }

    public static string Subject(long alertId) => "alert:" + alertId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
