using Embargo.Core.Audit;
using Embargo.Testing.Postgres;

namespace Embargo.Store.Tests.Review;

/// <summary>What every audit store does: numbering without gaps, an unbroken chain, filters, even with concurrent writers.</summary>
public abstract class AuditStoreTests
{
    protected abstract Task<StoreSet> OpenAsync();

    private static AuditEntry Entry(int i, string subject = "alert:1") => new()
    {
        At = new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero).AddSeconds(i),
        Actor = i % 2 == 0 ? "alice" : "bob",
        Action = i % 3 == 0 ? AuditActions.AlertDecide : AuditActions.AlertComment,
        Subject = subject,
        Before = i == 1 ? null : """{"status":"open"}""",
        After = $$"""{"status":"in_review","text":"Nr. {{i}} – «ok»"}""",
        ListVersions = ["us-ofac-sdn 20240503-1c9e0b2a", "un-sc 20260227-aa00bb11"],
    };

    [StoreFact]
    public async Task AppendedRecordsComeBackAsSealedAndTheChainVerifies()
    {
        await using var stores = await OpenAsync();
        var sealedRecords = await stores.Audit.AppendAsync([Entry(1), Entry(2), Entry(3)], default);
        await stores.Audit.AppendAsync([Entry(4)], default);

        var read = await UserStoreTests.ReadAllAsync(stores);
        Assert.Equal([1L, 2, 3, 4], read.Select(r => r.Sequence));
        Assert.Equal(sealedRecords.Select(r => r.Hash), read.Take(3).Select(r => r.Hash));
        Assert.Equal(AuditChain.Genesis, read[0].PreviousHash);
        var verifier = new AuditVerifier();
        foreach (var r in read) verifier.Add(r);
        Assert.True(verifier.Result().IsIntact);
        Assert.Equal(Entry(4).After, read[3].Entry.After);
        Assert.Equal(Entry(4).ListVersions, read[3].Entry.ListVersions);
    }

    [StoreFact]
    public async Task ConcurrentWritersNeverForkTheChain()
    {
        await using var stores = await OpenAsync();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++) await stores.Audit.AppendAsync([Entry(w * 10 + i)], default);
        })));

        var read = await UserStoreTests.ReadAllAsync(stores);
        Assert.Equal(Enumerable.Range(1, 80).Select(i => (long)i), read.Select(r => r.Sequence));
        var verifier = new AuditVerifier();
        foreach (var r in read) verifier.Add(r);
        Assert.True(verifier.Result().IsIntact);
    }

    [StoreFact]
    public async Task ReadingFiltersBySubjectActionAndPosition()
    {
        await using var stores = await OpenAsync();
        await stores.Audit.AppendAsync([Entry(1, "alert:1"), Entry(2, "alert:12"), Entry(3, "party:1"), Entry(6, "alert:1")], default);

        Assert.Equal([1L, 4], await SequencesAsync(stores, new AuditQuery { Subject = "alert:1" }));
        Assert.Equal([1L, 2, 4], await SequencesAsync(stores, new AuditQuery { Subject = "alert:" }));
        Assert.Equal([3L, 4], await SequencesAsync(stores, new AuditQuery { Action = AuditActions.AlertDecide }));
        Assert.Equal([2L, 3], await SequencesAsync(stores, new AuditQuery { AfterSequence = 1, Limit = 2 }));
    }

    [StoreFact]
    public async Task ReadingFiltersByActorAndTimeAndPagesNewestFirstWithACount()
    {
        await using var stores = await OpenAsync();
        await stores.Audit.AppendAsync([.. Enumerable.Range(1, 9).Select(i => Entry(i))], default);
        var start = Entry(0).At;

        var alice = new AuditQuery { Actor = "alice" };
        Assert.Equal([2L, 4, 6, 8], await SequencesAsync(stores, alice));
        Assert.Equal(4, await stores.Audit.CountAsync(alice, default));
        var window = new AuditQuery { From = start.AddSeconds(3), Until = start.AddSeconds(6) };
        Assert.Equal([3L, 4, 5], await SequencesAsync(stores, window));
        Assert.Equal(3, await stores.Audit.CountAsync(window with { Limit = 1, Offset = 1 }, default));
        var newest = new AuditQuery { NewestFirst = true, Limit = 3 };
        Assert.Equal([9L, 8, 7], await SequencesAsync(stores, newest));
        Assert.Equal([6L, 5, 4], await SequencesAsync(stores, newest with { Offset = 3 }));
        Assert.Equal([4L, 2], await SequencesAsync(stores, alice with { NewestFirst = true, Offset = 2 }));
    }

    private static async Task<List<long>> SequencesAsync(StoreSet stores, AuditQuery query)
    {
        var list = new List<long>();
        await foreach (var r in stores.Audit.ReadAsync(query, default)) list.Add(r.Sequence);
        return list;
    }
}
