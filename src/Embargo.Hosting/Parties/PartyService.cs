using Embargo.Core.Access;
using Embargo.Core.Alerts;
using Embargo.Core.Audit;
using Embargo.Core.Parties;
using Embargo.Core.Review;
using Embargo.Hosting.Alerts;
using Embargo.Hosting.Audit;
using Embargo.Hosting.Batch;
using Embargo.Hosting.Output;

namespace Embargo.Hosting.Parties;

/// <summary>
/// Registers, updates and removes monitored parties (one by one or from a batch file) for reviewers. Every change
/// is recorded in the audit trail with the party before and after.
/// </summary>
public sealed class PartyService(IPartyStore store, AlertService alerts, Monitoring.MonitoringService monitoring, AuditService audit, TimeProvider clock)
{
    public const int ImportChunk = 1000;
    public const int MaxPageSize = 1000;

    /// <summary>Registers a party and (unless <paramref name="screen"/> is false) screens it, raising its alerts.</summary>
    public async Task<(Party Party, PartyScreening? Screening)> AddAsync(Actor actor, string id, PartyInput input, bool screen, CancellationToken cancellationToken)
    {
        Require(actor);
        ArgumentNullException.ThrowIfNull(input);
        var party = input.ToParty(id, null, clock.GetUtcNow());
        var save = (await store.SaveAsync([party], PartySaveMode.Add, (before, after) => Entry(actor, before, after), cancellationToken))[0];
        if (save.Outcome == PartySaveOutcome.Refused)
            throw new ConflictException($"there is already a party '{party.Id}'; change it with update");
        await monitoring.EnsureBaselineAsync(cancellationToken);
        return (save.Party, screen ? await ScreenSavedAsync(actor, save, cancellationToken) : null);
    }

    /// <summary>Changes the given fields of a stored party (the others stay) and, when its screened data changed, screens it again.</summary>
    public async Task<(PartySave Save, PartyScreening? Screening)> UpdateAsync(Actor actor, string id, PartyInput input, bool screen,
        CancellationToken cancellationToken)
    {
        Require(actor);
        ArgumentNullException.ThrowIfNull(input);
        var stored = await GetAsync(actor, id, cancellationToken);
        var party = input.ToParty(stored.Id, stored, clock.GetUtcNow());
        var save = (await store.SaveAsync([party], PartySaveMode.Update, (before, after) => Entry(actor, before, after), cancellationToken))[0];
        if (save.Outcome == PartySaveOutcome.Refused) throw new NotFoundException($"no party '{stored.Id}'");
        return (save, screen ? await ScreenSavedAsync(actor, save, cancellationToken) : null);
    }

    /// <summary>Screens a monitored party again against the active lists.</summary>
    public async Task<PartyScreening> ScreenAsync(Actor actor, string id, CancellationToken cancellationToken)
    {
        var party = await GetAsync(actor, id, cancellationToken);
        return await alerts.ScreenPartyAsync(actor, party, AlertReason.Screening, null, cancellationToken);
    }

    /// <summary>Stops monitoring a party: its record stays (alerts point at it), its active alerts are closed with a note.</summary>
    public async Task<(Party Party, IReadOnlyList<Alert> Closed)> RemoveAsync(Actor actor, string id, CancellationToken cancellationToken)
    {
        Require(actor);
        var normalized = PartyIds.Normalize(id) ?? throw NotFound(id);
        var removed = await store.RemoveAsync(normalized, clock.GetUtcNow(),
                          p => audit.Entry(actor, AuditActions.PartyRemove, Subject(p.Id), PartyJson.Party(p), null), cancellationToken)
                      ?? throw NotFound(id);
        var closed = await alerts.CloseForPartyAsync(actor, removed.Id, "party no longer monitored", cancellationToken);
        return (removed, closed);
    }

    /// <summary>Screens a party just added (reason: screening) or whose screened data changed (reason: party changed, naming the fields).</summary>
    public async Task<PartyScreening?> ScreenSavedAsync(Actor actor, PartySave save, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(save);
        if (save.Outcome == PartySaveOutcome.Added)
            return await alerts.ScreenPartyAsync(actor, save.Party, AlertReason.Screening, null, cancellationToken);
        if (save.Outcome != PartySaveOutcome.Updated || save.Before is null) return null;
        var fields = PartyContent.ChangedFields(PartyContent.Canonical(save.Before), PartyContent.Canonical(save.Party));
        if (fields.Count == 0) return null; // only the address changed: nothing screened is different
        return await alerts.ScreenPartyAsync(actor, save.Party, AlertReason.PartyChanged, $"party changed: {string.Join(", ", fields)}", cancellationToken);
    }

    public async Task<Party> GetAsync(Actor actor, string id, CancellationToken cancellationToken)
    {
        Require(actor);
        var normalized = PartyIds.Normalize(id) ?? throw NotFound(id);
        return await store.FindAsync(normalized, cancellationToken) ?? throw NotFound(id);
    }

    public Task<IReadOnlyList<Party>> ListAsync(Actor actor, PartyQuery query, CancellationToken cancellationToken)
    {
        Require(actor);
        ArgumentNullException.ThrowIfNull(query);
        return store.ListAsync(query with { Limit = Math.Clamp(query.Limit, 1, MaxPageSize), Offset = Math.Max(0, query.Offset) }, cancellationToken);
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) => store.CountAsync(cancellationToken);

    /// <summary>
    /// Adds or updates the parties of a batch file (CSV or JSON Lines, the columns <c>embargo screen --input</c> reads).
    /// Each record needs its own id; records that cannot be used are reported with their line and skipped.
    /// <paramref name="saved"/> receives every party added or updated, chunk by chunk (to screen them).
    /// </summary>
    public async Task<PartyImportResult> ImportAsync(Actor actor, Stream input, string inputName, BatchOptions options,
        Func<IReadOnlyList<PartySave>, CancellationToken, Task>? saved, CancellationToken cancellationToken)
    {
        Require(actor);
        ArgumentNullException.ThrowIfNull(options);
        int added = 0, updated = 0, unchanged = 0;
        var errors = new List<(long, string, string)>();
        var chunk = new List<Party>(ImportChunk);
        using var reader = BatchScreening.OpenReader(input, inputName, options);
        while (reader.Next() is { } record)
        {
            if (record.IdFromLine)
                errors.Add((record.Line, "", "no id: a monitored party needs the client's own id (an id column, or --map COLUMN=id)"));
            else if (record.Query is not { } query)
                errors.Add((record.Line, record.Id, record.Error ?? "unreadable"));
            else if (PartyIds.Normalize(record.Id) is not { } id)
                errors.Add((record.Line, record.Id, $"id longer than {PartyIds.MaxLength} characters"));
            else if (query.Name.Length > PartyInput.MaxNameLength)
                errors.Add((record.Line, record.Id, $"name longer than {PartyInput.MaxNameLength} characters"));
            else
            {
                var now = clock.GetUtcNow();
                chunk.Add(new Party
                {
                    Id = id, Name = query.Name.Trim(), Kind = query.Kind, BirthDate = query.BirthDate, Country = query.Country,
                    IdNumber = query.IdNumber, Gender = query.Gender, Address = record.Address, CreatedAt = now, UpdatedAt = now,
                });
            }
            if (chunk.Count >= ImportChunk) await FlushAsync();
        }
        await FlushAsync();
        await monitoring.EnsureBaselineAsync(cancellationToken);
        return new PartyImportResult(added, updated, unchanged, errors);

        async Task FlushAsync()
        {
            if (chunk.Count == 0) return;
            var saves = await store.SaveAsync(chunk, PartySaveMode.Upsert, (before, after) => Entry(actor, before, after), cancellationToken);
            chunk.Clear();
            foreach (var s in saves)
            {
                if (s.Outcome == PartySaveOutcome.Added) added++;
                else if (s.Outcome == PartySaveOutcome.Updated) updated++;
                else unchanged++;
            }
            if (saved is not null) await saved([.. saves.Where(s => s.Outcome is PartySaveOutcome.Added or PartySaveOutcome.Updated)], cancellationToken);
        }
    }

    private AuditEntry Entry(Actor actor, Party? before, Party after) =>
        audit.Entry(actor, before is null ? AuditActions.PartyAdd : AuditActions.PartyUpdate, Subject(after.Id),
            before is null ? null : PartyJson.Party(before), PartyJson.Party(after));

    private static void Require(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require(ApiRole.Review, "manage monitored parties");
    }

    public static string Subject(string partyId) => "party:" + partyId;

    private static NotFoundException NotFound(string id) => new($"no party '{id}'; see 'embargo parties list'");
}
