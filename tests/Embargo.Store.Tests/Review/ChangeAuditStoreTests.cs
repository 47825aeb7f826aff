using Embargo.Core.Access;
using Embargo.Core.Audit;
using Embargo.Core.Model;
using Embargo.Core.Snapshots;
using Embargo.Testing.Postgres;

namespace Embargo.Store.Tests.Review;

/// <summary>
/// Key and list changes are written with their audit records in the same transaction, as users, parties and alerts
/// are: a change is never stored without its record, nor a record without its change. Every store, one subclass each.
/// </summary>
public abstract class ChangeAuditStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    protected abstract Task<StoreSet> OpenAsync();

    private static AuditEntry Record(string action, string subject, string? after = null) =>
        new() { At = Now, Actor = "admin", Action = action, Subject = subject, After = after };

    // As the engine builds it: the stored snapshot's version and the one it replaced, known only inside the transaction.
    private static AuditEntry SnapshotRecord(ListChangeKind kind, ListSnapshot snapshot, ListSnapshot? previous) =>
        Record(kind == ListChangeKind.Activated ? AuditActions.ListActivate : AuditActions.ListImport, $"snapshot:{snapshot.Source}/{snapshot.Version}",
            $"{kind}|{snapshot.Version}|{snapshot.Counts.Entities}|{snapshot.IsActive}|{previous?.Version}");

    [StoreFact]
    public async Task AKeyIsCreatedAndRevokedEachWithItsAuditRecord()
    {
        await using var stores = await OpenAsync();
        var key = new ApiKey { Id = "0123456789", Name = "gateway", Role = ApiRole.Screen, CreatedAt = Now };

        await stores.Keys.AddAsync(key, "hash", Record(AuditActions.KeyCreate, "key:" + key.Id), default);
        Assert.True(await stores.Keys.RevokeAsync(key.Id, Now.AddHours(1), Record(AuditActions.KeyRevoke, "key:" + key.Id), default));
        Assert.False(await stores.Keys.RevokeAsync(key.Id, Now.AddHours(2), Record(AuditActions.KeyRevoke, "key:" + key.Id), default));

        var records = await UserStoreTests.ReadAllAsync(stores);
        Assert.Equal([AuditActions.KeyCreate, AuditActions.KeyRevoke], records.Select(r => r.Entry.Action));
        Assert.All(records, r => Assert.Equal("key:" + key.Id, r.Entry.Subject));
    }

    [StoreFact]
    public async Task AnImportAndAnActivationAreRecordedWithTheSnapshotTheyMadeActiveAndTheOneReplaced()
    {
        await using var stores = await OpenAsync();
        var first = await stores.Snapshots.AddSnapshotAsync(Draft("hash-1"), Entries(Person("1", "A")), SnapshotRecord, default);
        var second = await stores.Snapshots.AddSnapshotAsync(Draft("hash-2"), Entries(Person("1", "A"), Person("2", "B")), SnapshotRecord, default);
        await stores.Snapshots.ActivateAsync(first.Key, ListChangeKind.Activated, SnapshotRecord, default);
        // Already active: nothing changes, nothing is recorded.
        await stores.Snapshots.ActivateAsync(first.Key, ListChangeKind.Activated, SnapshotRecord, default);
        await stores.Snapshots.ActivateAsync(second.Key, ListChangeKind.Reactivated, SnapshotRecord, default);

        var records = await UserStoreTests.ReadAllAsync(stores);
        Assert.Equal(
        [
            $"{AuditActions.ListImport} Imported|{first.Version}|1|True|",
            $"{AuditActions.ListImport} Imported|{second.Version}|2|True|{first.Version}",
            $"{AuditActions.ListActivate} Activated|{first.Version}|1|True|{second.Version}",
            $"{AuditActions.ListImport} Reactivated|{second.Version}|2|True|{first.Version}",
        ], records.Select(r => $"{r.Entry.Action} {r.Entry.After}"));
    }

    [StoreFact]
    public async Task AnImportThatFailsLeavesNoAuditRecord()
    {
        await using var stores = await OpenAsync();
        await stores.Snapshots.AddSnapshotAsync(Draft("hash-1"), Entries(Person("1", "A")), SnapshotRecord, default);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            stores.Snapshots.AddSnapshotAsync(Draft("hash-2"), Failing(Person("1", "A"), Person("2", "B")), SnapshotRecord, default));

        Assert.Single(await UserStoreTests.ReadAllAsync(stores));
    }

    [StoreFact]
    public async Task AnAuditEntryWrittenAgainByARepeatedWriteIsStoredOnce()
    {
        await using var stores = await OpenAsync();
        var entry = Record(AuditActions.UserAdd, "user:alice");
        var other = Record(AuditActions.UserAdd, "user:bob");

        await stores.Audit.AppendAsync([entry], default);
        await stores.Audit.AppendAsync([entry, other], default);
        await stores.Audit.AppendAsync([entry with { }], default); // a copy keeps its write id: the same write

        var records = await UserStoreTests.ReadAllAsync(stores);
        Assert.Equal(["user:alice", "user:bob"], records.Select(r => r.Entry.Subject));
        Assert.Equal([1L, 2], records.Select(r => r.Sequence));
        var verifier = new AuditVerifier();
        foreach (var r in records) verifier.Add(r);
        Assert.True(verifier.Result().IsIntact);
    }

    private static SnapshotDraft Draft(string hash) => new()
    {
        Source = ListSources.OfacSdn,
        ContentHash = hash,
        Format = "test",
        Origin = "test",
        ImportedAt = Now,
    };

    private static ListEntry Person(string id, string name) => new()
    {
        Id = ListSources.EntityId(ListSources.OfacSdn, id),
        Source = ListSources.OfacSdn,
        SourceId = id,
        Kind = EntityKind.Person,
        Name = new EntryName { Full = name },
        Programs = ["SDGT"],
    };

    private static async IAsyncEnumerable<ListEntry> Entries(params ListEntry[] entries)
    {
        foreach (var e in entries)
        {
            await Task.Yield();
            yield return e;
        }
    }

    private static async IAsyncEnumerable<ListEntry> Failing(ListEntry first, ListEntry second)
    {
        yield return first;
        await Task.Yield();
        yield return second;
        throw new InvalidOperationException("the list file broke half-way");
    }
}
