using System.Collections.Concurrent;
using System.Diagnostics;
using Embargo.Core.Access;
using Embargo.Core.Alerts;
using Embargo.Core.Audit;
using Embargo.Core.Model;
using Embargo.Core.Parties;
using Embargo.Core.Review;
using Embargo.Core.Snapshots;
using Embargo.Hosting.Alerts;
using Embargo.Hosting.Audit;
using Embargo.Hosting.Output;
using Embargo.Matching;

namespace Embargo.Hosting.Monitoring;

/// <summary>
/// Ongoing monitoring: when a source's active snapshot changes, screens every monitored party against only what the
/// change can affect — an index over the added and changed entries, weighted by the full index's token statistics so
/// that scores are those of a full screening — raises only new alerts, saying why (new designation, names changed,
/// details changed), and closes the active alerts on delisted entities. Allow-list entries past their expiry are
/// checked by screening their parties again. What it last saw is kept in the settings, so a run picks up every
/// change since the previous one, whichever process made it.
/// </summary>
public sealed class MonitoringService(
    ISnapshotStore snapshots, SnapshotDiffer differ, ScreeningService screening, IPartyStore parties, AlertService alerts,
    ISettingsStore settings, AuditService audit, TimeProvider clock, IStoreLock locks)
{
    public const string StateKey = "monitored_snapshots";

    /// <summary>The store lock a run holds, so that nodes sharing a store never run monitoring at the same time.</summary>
    public const string RunLock = "monitoring";

    /// <summary>Below this many changed entities, entries are read one by one; above, the snapshot is read whole.</summary>
    private const int ReadOneByOne = 500;

    private readonly SemaphoreSlim _gate = new(1, 1);

    // The parties' names, prepared once and reused by every run in this process (a run's own cost is then screening).
    private readonly QueryNameCache _names = new();

    /// <summary>The report of the last run in this process.</summary>
    public MonitoringReport? LastReport { get; private set; }

    /// <summary>
    /// Records the active snapshots as already screened when monitoring has never run: parties registered now are
    /// screened on registration (or deliberately not), so only later list changes concern them.
    /// </summary>
    public async Task EnsureBaselineAsync(CancellationToken cancellationToken)
    {
        if (await settings.GetAsync(StateKey, cancellationToken) is not null) return;
        var active = await snapshots.GetActiveSnapshotsAsync(cancellationToken);
        await settings.SetAsync(StateKey, MonitoredSnapshots.Of(active).Serialize(), clock.GetUtcNow(), [], cancellationToken);
    }

    /// <summary>
    /// Handles every change of the active snapshots since the last run; <paramref name="actor"/> is who set it off. When
    /// another node sharing the store is running monitoring, waits for it, then finds its changes handled.
    /// </summary>
    public async Task<MonitoringReport> RunAsync(Actor actor, CancellationToken cancellationToken) =>
        (await RunAsync(actor, wait: true, cancellationToken))!;

    /// <summary>As <see cref="RunAsync(Actor, CancellationToken)"/>, but null at once when another node is running monitoring (scheduled runs).</summary>
    public Task<MonitoringReport?> TryRunAsync(Actor actor, CancellationToken cancellationToken) => RunAsync(actor, wait: false, cancellationToken);

    private async Task<MonitoringReport?> RunAsync(Actor actor, bool wait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // One node at a time: the state saved at the end of a run tells the next one what is already handled.
            var held = await locks.AcquireAsync(RunLock, wait, cancellationToken);
            if (held is null) return null;
            await using (held)
            {
                LastReport = await RunLockedAsync(actor, cancellationToken);
                return LastReport;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<MonitoringReport> RunLockedAsync(Actor actor, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var active = await snapshots.GetActiveSnapshotsAsync(cancellationToken);
        var seen = MonitoredSnapshots.Parse(await settings.GetAsync(StateKey, cancellationToken)) ?? new MonitoredSnapshots(new(StringComparer.Ordinal));
        var changed = active.Where(s => seen.Sources.GetValueOrDefault(s.Source)?.Key != s.Key).ToList();
        var retired = seen.Sources.Where(p => active.All(s => !string.Equals(s.Source, p.Key, StringComparison.Ordinal))).ToList();
        var partyCount = await parties.CountAsync(cancellationToken);
        var expired = partyCount == 0 ? [] : await alerts.ExpiredAllowEntriesAsync(cancellationToken);
        if (changed.Count == 0 && retired.Count == 0 && expired.Count == 0) return new MonitoringReport { Parties = partyCount, Elapsed = total.Elapsed };
        if (partyCount == 0)
        {
            // Nobody to screen: the changes are simply seen (and each import or activation is in the audit trail already).
            await settings.SetAsync(StateKey, MonitoredSnapshots.Of(active).Serialize(), clock.GetUtcNow(), [], cancellationToken);
            return new MonitoringReport { Elapsed = total.Elapsed };
        }

        // 1. What changed, source by source.
        var diffTime = Stopwatch.StartNew();
        var reasons = new Dictionary<string, (AlertReason, string?)>(StringComparer.Ordinal);
        var removed = new Dictionary<string, string>(StringComparer.Ordinal);
        var sourceChanges = new List<MonitoringReport.SourceChange>();
        var deltaEntries = new List<ListEntry>();
        foreach (var snapshot in changed)
        {
            var (change, entries) = await DeltaAsync(snapshot, seen.Sources.GetValueOrDefault(snapshot.Source), reasons, removed, partyCount > 0, cancellationToken);
            sourceChanges.Add(change);
            deltaEntries.AddRange(entries);
        }
        foreach (var (source, last) in retired)
        {
            var ids = partyCount > 0 ? (await snapshots.GetDigestsAsync(last.Key, cancellationToken)).Keys.ToList() : [];
            foreach (var id in ids) removed[id] = MonitoringReasons.SourceRetired(id, source);
            sourceChanges.Add(new MonitoringReport.SourceChange(source, last.Version, null, 0, 0, ids.Count));
        }
        diffTime.Stop();

        var report = new MonitoringReport { Sources = sourceChanges, Parties = partyCount, DeltaEntities = deltaEntries.Count, DiffTime = diffTime.Elapsed };
        if (partyCount > 0)
        {
            report = await ScreenDeltaAsync(report, deltaEntries, reasons, cancellationToken);
            var storeTime = Stopwatch.StartNew();
            var closed = await alerts.CloseForEntitiesAsync(Actor.System, removed.Keys, a => removed[a.EntityId], cancellationToken);
            var (rescreened, expiredRaised) = await RescreenExpiredAsync(expired, cancellationToken);
            report = report with
            {
                Closed = closed,
                Raised = [.. report.Raised, .. expiredRaised],
                ExpiredRescreened = rescreened,
                StoreTime = report.StoreTime + storeTime.Elapsed,
            };
        }
        report = report with { Elapsed = total.Elapsed };

        var record = audit.Entry(actor, AuditActions.MonitorRun, "monitoring", new { seen = seen.Sources }, Summary(report), AuditService.Versions(active));
        await settings.SetAsync(StateKey, MonitoredSnapshots.Of(active).Serialize(), clock.GetUtcNow(), [record], cancellationToken);
        return report;
    }

    // The entities of one source that were added or changed since the last snapshot screened, with the reason each can raise.
    private async Task<(MonitoringReport.SourceChange Change, List<ListEntry> Entries)> DeltaAsync(ListSnapshot snapshot, MonitoredSnapshots.Seen? last,
        Dictionary<string, (AlertReason, string?)> reasons, Dictionary<string, string> removed, bool needEntries, CancellationToken cancellationToken)
    {
        var previous = last is null ? null : (await snapshots.GetSnapshotsAsync(snapshot.Source, cancellationToken)).FirstOrDefault(s => s.Key == last.Key);
        if (previous is null)
        {
            // Never screened (a new source, or the last snapshot seen is gone): every entry is new to the parties.
            var all = new List<ListEntry>();
            if (needEntries)
            {
                await foreach (var entry in snapshots.GetEntriesAsync(snapshot.Key, cancellationToken))
                {
                    all.Add(entry);
                    reasons[entry.Id] = (AlertReason.NewDesignation, $"new designation on {snapshot.Source} {snapshot.Version}");
                }
            }
            return (new MonitoringReport.SourceChange(snapshot.Source, null, snapshot.Version, snapshot.Counts.Entities, 0, 0), all);
        }

        var diff = await differ.DiffAsync(previous, snapshot, cancellationToken);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in diff.Changes)
        {
            if (change.Kind == EntryChangeKind.Removed)
            {
                removed[change.EntityId] = MonitoringReasons.Delisted(change.EntityId, snapshot.Source, snapshot.Version);
                continue;
            }
            wanted.Add(change.EntityId);
            reasons[change.EntityId] = MonitoringReasons.Of(change, snapshot.Source, snapshot.Version);
        }
        var entries = new List<ListEntry>(wanted.Count);
        if (needEntries && wanted.Count <= ReadOneByOne)
        {
            foreach (var id in wanted)
            {
                if (await snapshots.GetEntryAsync(id, snapshot.Key, cancellationToken) is { } entry) entries.Add(entry);
            }
        }
        else if (needEntries)
        {
            await foreach (var entry in snapshots.GetEntriesAsync(snapshot.Key, cancellationToken))
            {
                if (wanted.Contains(entry.Id)) entries.Add(entry);
            }
        }
        return (new MonitoringReport.SourceChange(snapshot.Source, previous.Version, snapshot.Version, diff.Added, diff.Changed, diff.Removed), entries);
    }

    // Every party against the delta index, on every core; then the matches through the alert gate, party by party.
    private async Task<MonitoringReport> ScreenDeltaAsync(MonitoringReport report, List<ListEntry> deltaEntries,
        Dictionary<string, (AlertReason Reason, string? Detail)> reasons, CancellationToken cancellationToken)
    {
        if (deltaEntries.Count == 0) return report;
        var indexTime = Stopwatch.StartNew();
        var full = await screening.GetIndexAsync(cancellationToken);
        var delta = ScreeningIndex.Build(deltaEntries, full.Index);
        var options = PartyScreener.Options(AlertService.ThresholdOf(await alerts.GetPolicyAsync(cancellationToken)));
        indexTime.Stop();

        var screenTime = Stopwatch.StartNew();
        _names.NextGeneration();
        var matched = new ConcurrentBag<(Party Party, List<MatchResult> Matches)>();
        await Parallel.ForEachAsync(parties.StreamAsync(cancellationToken),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            (party, _) =>
            {
                var matches = PartyScreener.Screen(delta, party, options, _names);
                if (matches.Count > 0) matched.Add((party, matches));
                return ValueTask.CompletedTask;
            });
        screenTime.Stop();

        var storeTime = Stopwatch.StartNew();
        var raised = new List<Alert>();
        int known = 0, suppressed = 0;
        foreach (var (party, matches) in matched.OrderBy(m => m.Party.Id, StringComparer.Ordinal))
        {
            var outcome = await alerts.RaiseAsync(Actor.System, party, matches, m => reasons.GetValueOrDefault(m.Entry.Id, (AlertReason.Screening, null)),
                full.Snapshots, recordScreening: false, cancellationToken);
            raised.AddRange(outcome.Raised);
            known += outcome.AlreadyKnown;
            suppressed += outcome.Suppressed;
        }
        return report with
        {
            PartiesMatched = matched.Count,
            Raised = raised,
            AlreadyKnown = known,
            Suppressed = suppressed,
            IndexTime = indexTime.Elapsed,
            ScreenTime = screenTime.Elapsed,
            StoreTime = storeTime.Elapsed,
        };
    }

    // Expired allow-list entries: their parties are screened again against the full index, so that a pair that still
    // matches re-alerts ("expired"); an entry whose pair no longer matches simply ends.
    private async Task<(int Parties, IReadOnlyList<Alert> Raised)> RescreenExpiredAsync(IReadOnlyList<AllowListEntry> expired, CancellationToken cancellationToken)
    {
        if (expired.Count == 0) return (0, []);
        var full = await screening.GetIndexAsync(cancellationToken);
        var options = PartyScreener.Options(AlertService.ThresholdOf(await alerts.GetPolicyAsync(cancellationToken)));
        var raised = new List<Alert>();
        var count = 0;
        foreach (var group in expired.GroupBy(e => e.PartyId, StringComparer.Ordinal))
        {
            var entities = group.Select(e => e.EntityId).ToHashSet(StringComparer.Ordinal);
            var party = await parties.FindAsync(group.Key, cancellationToken);
            var matches = party is null ? [] : PartyScreener.Screen(full.Index, party, options).Where(m => entities.Contains(m.Entry.Id)).ToList();
            if (party is not null)
            {
                count++;
                var outcome = await alerts.RaiseAsync(Actor.System, party, matches, _ => (AlertReason.Screening, null), full.Snapshots, recordScreening: false,
                    cancellationToken);
                raised.AddRange(outcome.Raised);
            }
            var stillMatching = matches.Select(m => m.Entry.Id).ToHashSet(StringComparer.Ordinal);
            var lapsed = entities.Where(e => !stillMatching.Contains(e)).ToList();
            if (lapsed.Count > 0)
                await alerts.EndAllowAsync(Actor.System, group.Key, lapsed, party is null ? "expired; the party is no longer monitored" : "expired; the pair no longer matches",
                    cancellationToken);
        }
        return (count, raised);
    }

    private static object Summary(MonitoringReport r) => new
    {
        sources = r.Sources.Select(s => new { source = s.Source, from = s.From, to = s.To, added = s.Added, changed = s.Changed, removed = s.Removed }),
        parties = r.Parties,
        delta_entities = r.DeltaEntities,
        parties_matched = r.PartiesMatched,
        alerts_raised = r.Raised.Select(a => a.Id),
        alerts_closed = r.Closed.Select(a => a.Id),
        already_known = r.AlreadyKnown,
        suppressed = r.Suppressed,
        expired_rescreened = r.ExpiredRescreened,
        elapsed_ms = Math.Round(r.Elapsed.TotalMilliseconds),
    };

    /// <summary>The report as data, for the CLI and the server.</summary>
    public static object Json(MonitoringReport r) => new
    {
        sources = r.Sources.Select(s => new { source = s.Source, from = s.From, to = s.To, added = s.Added, changed = s.Changed, removed = s.Removed }),
        parties = r.Parties,
        delta_entities = r.DeltaEntities,
        parties_matched = r.PartiesMatched,
        raised = AlertJson.Alerts(r.Raised),
        closed = AlertJson.Alerts(r.Closed),
        already_known = r.AlreadyKnown,
        suppressed = r.Suppressed,
        expired_rescreened = r.ExpiredRescreened,
        seconds = new
        {
            diff = Math.Round(r.DiffTime.TotalSeconds, 3), index = Math.Round(r.IndexTime.TotalSeconds, 3), screen = Math.Round(r.ScreenTime.TotalSeconds, 3),
            store = Math.Round(r.StoreTime.TotalSeconds, 3), total = Math.Round(r.Elapsed.TotalSeconds, 3),
        },
    };
}
