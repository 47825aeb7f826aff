using System.Runtime.CompilerServices;
using Embargo.Core.Model;
using Embargo.Core.Snapshots;
using Embargo.Testing.Postgres;

namespace Embargo.Store.Tests;

/// <summary>
/// Behaviour every snapshot store must have. Each backend gets a sealed subclass with its fixture, so
/// SQLite and PostgreSQL run the same claims.
/// </summary>
public abstract class SnapshotStoreTests
{
    protected abstract Task<ISnapshotStore> OpenStoreAsync();

    private static readonly DateTimeOffset Now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    [StoreFact]
    public async Task AddedSnapshotBecomesTheActiveOne()
    {
        await using var store = await OpenStoreAsync();
        var snapshot = await store.AddSnapshotAsync(Draft("hash-1"), Entries(Person("1", "SHUGAYEV, Dmitry"), Org("2", "ROSOBORONEXPORT")), default);

        Assert.True(snapshot.IsActive);
        Assert.Equal(2, snapshot.Counts.Entities);
        Assert.Equal(1, snapshot.Counts.Persons);
        Assert.Equal(1, snapshot.Counts.Organizations);
        var active = Assert.Single(await store.GetActiveSnapshotsAsync(default));
        Assert.Equal(snapshot.Version, active.Version);
        Assert.StartsWith("20261122-", snapshot.Version, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task PublicationDateNamesTheVersion()
    {
        await using var store = await OpenStoreAsync();
        var draft = Draft("abcdef0123456789") with { PublishedAt = () => new DateTimeOffset(2024, 5, 3, 0, 0, 0, TimeSpan.Zero) };
        var snapshot = await store.AddSnapshotAsync(draft, Entries(Person("1", "A")), default);
        Assert.Equal("20240503-abcdef01", snapshot.Version);
        Assert.Equal(new DateTimeOffset(2024, 5, 3, 0, 0, 0, TimeSpan.Zero), snapshot.PublishedAt);
    }

    [StoreFact]
    public async Task NewerSnapshotReplacesTheActiveOneAndTheOlderStaysStored()
    {
        await using var store = await OpenStoreAsync();
        var first = await store.AddSnapshotAsync(Draft("hash-1"), Entries(Person("1", "A")), default);
        var second = await store.AddSnapshotAsync(Draft("hash-2"), Entries(Person("1", "A"), Person("2", "B")), default);

        var active = Assert.Single(await store.GetActiveSnapshotsAsync(default));
        Assert.Equal(second.Key, active.Key);
        var history = await store.GetSnapshotsAsync(ListSources.OfacSdn, default);
        Assert.Equal([second.Key, first.Key], history.Select(s => s.Key));
        Assert.False(history[1].IsActive);
    }

    [StoreFact]
    public async Task FailingImportLeavesThePreviousSnapshotActiveAndNothingHalfWritten()
    {
        await using var store = await OpenStoreAsync();
        var good = await store.AddSnapshotAsync(Draft("hash-good"), Entries(Person("1", "A")), default);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            store.AddSnapshotAsync(Draft("hash-bad"), Failing(Person("1", "A"), Person("2", "B")), default));

        var active = Assert.Single(await store.GetActiveSnapshotsAsync(default));
        Assert.Equal(good.Key, active.Key);
        Assert.Single(await store.GetSnapshotsAsync(ListSources.OfacSdn, default));
        Assert.Null(await store.GetEntryAsync(Id("2"), null, default));
        Assert.Null(await store.FindByContentHashAsync(ListSources.OfacSdn, "hash-bad", default));
    }

    [StoreFact]
    public async Task SameEntityIdTwiceIsRefused()
    {
        await using var store = await OpenStoreAsync();
        var e = await Assert.ThrowsAsync<DuplicateEntityException>(() =>
            store.AddSnapshotAsync(Draft("hash-1"), Entries(Person("1", "A"), Person("1", "B")), default));
        Assert.Equal(Id("1"), e.EntityId);
        Assert.Empty(await store.GetActiveSnapshotsAsync(default));
    }

    [StoreFact]
    public async Task EntryIsReadBackWhole()
    {
        await using var store = await OpenStoreAsync();
        var original = Person("35746", "SHUGAYEV, Dmitry") with
        {
            Aliases = [new EntryName { Full = "SHUGAEV, Dmitry Evgenyevich", Type = NameType.Alias, SourceRef = "56129" }],
            BirthDates = [new DateOfBirth { Text = "11 Aug 1965", Date = new PartialDate(1965, 8, 11) }],
            Programs = ["RUSSIA-EO14024"],
        };
        var snapshot = await store.AddSnapshotAsync(Draft("hash-1"), Entries(original), default);

        var fromActive = await store.GetEntryAsync(original.Id, null, default);
        var fromSnapshot = await store.GetEntryAsync(original.Id, snapshot.Key, default);
        Assert.Equal(EntryJson.Serialize(original), EntryJson.Serialize(fromActive!));
        Assert.Equal(EntryJson.Serialize(original), EntryJson.Serialize(fromSnapshot!));
    }

    [StoreFact]
    public async Task OlderSnapshotCanBeActivatedAgain()
    {
        await using var store = await OpenStoreAsync();
        var first = await store.AddSnapshotAsync(Draft("hash-1"), Entries(Person("1", "OLD NAME")), default);
        await store.AddSnapshotAsync(Draft("hash-2"), Entries(Person("1", "NEW NAME")), default);

        await store.ActivateAsync(first.Key, default);

        Assert.Equal(first.Key, Assert.Single(await store.GetActiveSnapshotsAsync(default)).Key);
        Assert.Equal("OLD NAME", (await store.GetEntryAsync(Id("1"), null, default))!.Name.Full);
    }

    [StoreFact]
    public async Task VersionIsFoundByItsExactString()
    {
        await using var store = await OpenStoreAsync();
        var snapshot = await store.AddSnapshotAsync(Draft("0123456789abcdef"), Entries(Person("1", "A")), default);
        Assert.Equal(snapshot.Key, (await store.FindSnapshotAsync(ListSources.OfacSdn, snapshot.Version, default))!.Key);
        Assert.Null(await store.FindSnapshotAsync(ListSources.OfacSdn, snapshot.Version[..12], default));
        Assert.Null(await store.FindSnapshotAsync(ListSources.UnSecurityCouncil, snapshot.Version, default));
    }

    [StoreFact]
    public async Task RetiredSourceIsSwitchedOffInTheSameImport()
    {
        await using var store = await OpenStoreAsync();
        await store.AddSnapshotAsync(Draft("demo-hash") with { Source = ListSources.Demo }, Entries(Person("1", "A", ListSources.Demo)), default);

        await store.AddSnapshotAsync(Draft("hash-1") with { Retires = [ListSources.Demo] }, Entries(Person("1", "A")), default);

        Assert.Equal(ListSources.OfacSdn, Assert.Single(await store.GetActiveSnapshotsAsync(default)).Source);
        Assert.Single(await store.GetSnapshotsAsync(ListSources.Demo, default));
    }

    [StoreFact]
    public async Task SourcesAreActiveIndependently()
    {
        await using var store = await OpenStoreAsync();
        await store.AddSnapshotAsync(Draft("hash-1"), Entries(Person("1", "A")), default);
        await store.AddSnapshotAsync(Draft("hash-1") with { Source = ListSources.UnSecurityCouncil },
            Entries(Person("1", "A", ListSources.UnSecurityCouncil)), default);

        Assert.Equal(2, (await store.GetActiveSnapshotsAsync(default)).Count);
        await store.DeactivateSourceAsync(ListSources.UnSecurityCouncil, default);
        Assert.Equal(ListSources.OfacSdn, Assert.Single(await store.GetActiveSnapshotsAsync(default)).Source);
    }

    [StoreFact]
    public async Task DiffNamesAddedRemovedAndChangedFields()
    {
        await using var store = await OpenStoreAsync();
        var older = await store.AddSnapshotAsync(Draft("hash-1"),
            Entries(Person("1", "KEPT"), Person("2", "REMOVED"), Person("3", "CHANGED")), default);
        var changed = Person("3", "CHANGED") with { Programs = ["SDGT", "IRGC"], Aliases = [new EntryName { Full = "NEW ALIAS", Type = NameType.Alias }] };
        var newer = await store.AddSnapshotAsync(Draft("hash-2"),
            Entries(Person("1", "KEPT"), changed, Person("4", "ADDED")), default);

        var diff = await new SnapshotDiffer(store).DiffAsync(older, newer, default);

        Assert.Equal((1, 1, 1), (diff.Added, diff.Removed, diff.Changed));
        var change = Assert.Single(diff.Changes, c => c.Kind == EntryChangeKind.Changed);
        Assert.Equal(Id("3"), change.EntityId);
        Assert.Equal(["aliases", "programs"], change.ChangedFields.Order(StringComparer.Ordinal));
        Assert.Equal(Id("4"), Assert.Single(diff.Changes, c => c.Kind == EntryChangeKind.Added).EntityId);
        Assert.Equal(Id("2"), Assert.Single(diff.Changes, c => c.Kind == EntryChangeKind.Removed).EntityId);
    }

    private static string Id(string sourceId, string source = ListSources.OfacSdn) => ListSources.EntityId(source, sourceId);

    private static SnapshotDraft Draft(string hash) => new()
    {
        Source = ListSources.OfacSdn,
        ContentHash = hash,
        Format = "test",
        Origin = "test",
        ImportedAt = Now,
    };

    private static ListEntry Person(string id, string name, string source = ListSources.OfacSdn) => new()
    {
        Id = Id(id, source),
        Source = source,
        SourceId = id,
        Kind = EntityKind.Person,
        Name = new EntryName { Full = name },
        Programs = ["SDGT"],
    };

    private static ListEntry Org(string id, string name) => Person(id, name) with { Kind = EntityKind.Organization };

    private static async IAsyncEnumerable<ListEntry> Entries(params ListEntry[] entries)
    {
        foreach (var e in entries)
        {
            await Task.Yield();
            yield return e;
        }
    }

    private static async IAsyncEnumerable<ListEntry> Failing(ListEntry first, ListEntry second, [EnumeratorCancellation] CancellationToken ct = default)
    {
        yield return first;
        await Task.Yield();
        yield return second;
        throw new InvalidOperationException("the list file broke half-way");
    }
}
