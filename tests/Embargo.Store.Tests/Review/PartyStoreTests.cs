using Embargo.Core.Audit;
using Embargo.Core.Model;
using Embargo.Core.Parties;
using Embargo.Testing.Postgres;

namespace Embargo.Store.Tests.Review;

/// <summary>What every party store does.</summary>
public abstract class PartyStoreTests
{
    protected abstract Task<StoreSet> OpenAsync();

    private static readonly DateTimeOffset Now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    internal static Party Customer(string id, string name = "Ivan Petrovich Sidorov") => new()
    {
        Id = id,
        Name = name,
        Kind = EntityKind.Person,
        Aliases = ["Vanya Sidorov"],
        BirthDate = new PartialDate(1971, 3),
        Country = "RU",
        IdNumber = "7712 345678",
        Gender = "male",
        Address = "12 Invented Lane, Nowhere",
        CreatedAt = Now,
        UpdatedAt = Now,
    };

    private static AuditEntry Audit(Party? before, Party after) => new()
    {
        At = Now, Actor = "alice", Action = before is null ? AuditActions.PartyAdd : AuditActions.PartyUpdate, Subject = "party:" + after.Id,
    };

    [StoreFact]
    public async Task ASavedPartyComesBackWithEveryField()
    {
        await using var stores = await OpenAsync();
        var saves = await stores.Parties.SaveAsync([Customer("C-1")], PartySaveMode.Add, Audit, default);
        Assert.Equal(PartySaveOutcome.Added, saves[0].Outcome);

        var found = await stores.Parties.FindAsync("C-1", default);
        Assert.NotNull(found);
        Assert.Equal(Customer("C-1") with { Aliases = found.Aliases }, found);
        Assert.Equal(["Vanya Sidorov"], found.Aliases);
    }

    [StoreFact]
    public async Task AddingAnExistingIdIsRefusedAndUpdatingAMissingOneToo()
    {
        await using var stores = await OpenAsync();
        await stores.Parties.SaveAsync([Customer("C-1")], PartySaveMode.Add, Audit, default);

        Assert.Equal(PartySaveOutcome.Refused, (await stores.Parties.SaveAsync([Customer("C-1", "Other")], PartySaveMode.Add, Audit, default))[0].Outcome);
        Assert.Equal(PartySaveOutcome.Refused, (await stores.Parties.SaveAsync([Customer("C-2")], PartySaveMode.Update, Audit, default))[0].Outcome);
        Assert.Equal("Ivan Petrovich Sidorov", (await stores.Parties.FindAsync("C-1", default))!.Name);
        Assert.Null(await stores.Parties.FindAsync("C-2", default));
        Assert.Single(await UserStoreTests.ReadAllAsync(stores));
    }

    [StoreFact]
    public async Task SavingTheSameDataChangesNothingAndRecordsNothing()
    {
        await using var stores = await OpenAsync();
        await stores.Parties.SaveAsync([Customer("C-1")], PartySaveMode.Add, Audit, default);
        var again = await stores.Parties.SaveAsync([Customer("C-1") with { UpdatedAt = Now.AddDays(1) }], PartySaveMode.Upsert, Audit, default);

        Assert.Equal(PartySaveOutcome.Unchanged, again[0].Outcome);
        Assert.Single(await UserStoreTests.ReadAllAsync(stores));
    }

    [StoreFact]
    public async Task AnUpdateKeepsTheCreationTimeAndHandsTheBeforeStateToTheAudit()
    {
        await using var stores = await OpenAsync();
        await stores.Parties.SaveAsync([Customer("C-1")], PartySaveMode.Add, Audit, default);
        Party? seenBefore = null;
        var later = Customer("C-1", "Ivan Sidorov") with { CreatedAt = Now.AddDays(3), UpdatedAt = Now.AddDays(3) };
        var save = (await stores.Parties.SaveAsync([later], PartySaveMode.Update, (before, after) =>
        {
            seenBefore = before;
            return Audit(before, after);
        }, default))[0];

        Assert.Equal(PartySaveOutcome.Updated, save.Outcome);
        Assert.Equal("Ivan Petrovich Sidorov", seenBefore!.Name);
        var found = (await stores.Parties.FindAsync("C-1", default))!;
        Assert.Equal(Now, found.CreatedAt);
        Assert.Equal(Now.AddDays(3), found.UpdatedAt);
        Assert.Equal("Ivan Sidorov", found.Name);
    }

    [StoreFact]
    public async Task ARemovedPartyIsNoLongerMonitoredAndCanBeAddedAgain()
    {
        await using var stores = await OpenAsync();
        await stores.Parties.SaveAsync([Customer("C-1"), Customer("C-2")], PartySaveMode.Add, Audit, default);
        var removed = await stores.Parties.RemoveAsync("C-1", Now, p => Audit(p, p) with { Action = AuditActions.PartyRemove }, default);

        Assert.Equal("C-1", removed!.Id);
        Assert.Null(await stores.Parties.FindAsync("C-1", default));
        Assert.Null(await stores.Parties.RemoveAsync("C-1", Now, p => Audit(p, p), default));
        Assert.Equal(1, await stores.Parties.CountAsync(default));
        var streamed = new List<string>();
        await foreach (var p in stores.Parties.StreamAsync(default)) streamed.Add(p.Id);
        Assert.Equal(["C-2"], streamed);

        Assert.Equal(PartySaveOutcome.Added, (await stores.Parties.SaveAsync([Customer("C-1")], PartySaveMode.Add, Audit, default))[0].Outcome);
        Assert.Equal(2, await stores.Parties.CountAsync(default));
    }

    [StoreFact]
    public async Task ListingPagesInIdOrderAndFiltersByPrefix()
    {
        await using var stores = await OpenAsync();
        await stores.Parties.SaveAsync([Customer("B-2"), Customer("A-1"), Customer("B-1"), Customer("B%")], PartySaveMode.Upsert, Audit, default);

        Assert.Equal(["A-1", "B%", "B-1"], (await stores.Parties.ListAsync(new PartyQuery { Limit = 3 }, default)).Select(p => p.Id));
        Assert.Equal(["B-2"], (await stores.Parties.ListAsync(new PartyQuery { Offset = 3 }, default)).Select(p => p.Id));
        Assert.Equal(["B-1", "B-2"], (await stores.Parties.ListAsync(new PartyQuery { IdPrefix = "B-" }, default)).Select(p => p.Id));
    }

    [StoreFact]
    public async Task AnIdTwiceInOneSaveIsAddedThenUpdatedInOrder()
    {
        await using var stores = await OpenAsync();
        var saves = await stores.Parties.SaveAsync([Customer("D-1", "Anna Karenina"), Customer("D-1", "Anna Karenina"), Customer("D-1", "Boris Godunov")],
            PartySaveMode.Upsert, Audit, default);

        Assert.Equal([PartySaveOutcome.Added, PartySaveOutcome.Unchanged, PartySaveOutcome.Updated], saves.Select(s => s.Outcome));
        Assert.Equal("Boris Godunov", (await stores.Parties.ListAsync(new PartyQuery { IdPrefix = "D-" }, default)).Single().Name);
    }

    [StoreFact]
    public async Task ListingFindsNamesContainingATextInAnyCaseAndCombinesItWithThePrefix()
    {
        await using var stores = await OpenAsync();
        await stores.Parties.SaveAsync([Customer("A-1", "Anna Karenina"), Customer("A-2", "Boris Godunov"), Customer("B-1", "Joanna Ivanova")],
            PartySaveMode.Upsert, Audit, default);

        Assert.Equal(["A-1", "B-1"], (await stores.Parties.ListAsync(new PartyQuery { NameContains = "ANNA" }, default)).Select(p => p.Id));
        Assert.Equal(["A-1"], (await stores.Parties.ListAsync(new PartyQuery { NameContains = "anna", IdPrefix = "A-" }, default)).Select(p => p.Id));
        Assert.Empty(await stores.Parties.ListAsync(new PartyQuery { NameContains = "%" }, default));
    }
}
