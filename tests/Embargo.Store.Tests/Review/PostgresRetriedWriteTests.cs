using Embargo.Core.Access;
using Embargo.Core.Alerts;
using Embargo.Core.Audit;
using Embargo.Core.Parties;
using Embargo.Testing.Postgres;

namespace Embargo.Store.Tests.Review;

/// <summary>
/// PostgreSQL writes are retried when the connection fails, including after a commit whose acknowledgement was lost:
/// the retry then runs the same write again, with the same audit entries (the same write ids). Each claim here runs
/// a write twice that way and finds it stored once, and reported as done rather than as a conflict.
/// </summary>
public sealed class PostgresRetriedWriteTests : INeedsPostgres
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private static readonly Actor Rita = new("rita", ApiRole.Review, ActorKind.User);

    private static AuditEntry Record(string action, string subject) => new() { At = Now, Actor = "rita", Action = action, Subject = subject };

    private static Alert Draft(string party, string entity) => new()
    {
        PartyId = party,
        EntityId = entity,
        EntityName = "SHUGAYEV, Dmitry",
        MatchedName = "SHUGAYEV, Dmitry",
        Score = 0.93,
        Reason = AlertReason.Screening,
        Explanation = """{"score":0.93}""",
        ListVersions = ["us-ofac-sdn 20240503-1c9e0b2a"],
        PartyData = """{"name":"Dmitry Shugaev"}""",
        PartyHash = "ph",
        EntityHash = "eh",
        EntityData = """{"id":"x"}""",
        CreatedAt = Now,
        UpdatedAt = Now,
    };

    private static async Task<(StoreSet Stores, Alert Alert)> WithAlertAsync()
    {
        var stores = await PostgresStoreSets.OpenAsync();
        await stores.Parties.SaveAsync([PartyStoreTests.Customer("C-1")], PartySaveMode.Upsert, (_, after) => Record(AuditActions.PartyAdd, "party:" + after.Id),
            default);
        var raised = await stores.Alerts.RaiseAsync(new AlertRaise([Draft("C-1", "us-ofac-sdn:1")], [], a => Record(AuditActions.AlertCreate, "alert:" + a.Id), []),
            default);
        return (stores, Assert.Single(raised));
    }

    [PostgresFact]
    public async Task ARaiseRunTwiceStoresItsAlertsAndRecordsOnce()
    {
        var stores = await PostgresStoreSets.OpenAsync();
        await using (stores)
        {
            await stores.Parties.SaveAsync([PartyStoreTests.Customer("C-1")], PartySaveMode.Upsert, (_, after) => Record(AuditActions.PartyAdd, "party:" + after.Id),
                default);
            var raise = new AlertRaise([Draft("C-1", "us-ofac-sdn:1"), Draft("C-1", "us-ofac-sdn:2")], [], a => Record(AuditActions.AlertCreate, "alert:" + a.Id),
                [Record(AuditActions.PartyScreen, "party:C-1")]);

            Assert.Equal(2, (await stores.Alerts.RaiseAsync(raise, default)).Count);
            Assert.Empty(await stores.Alerts.RaiseAsync(raise, default));

            Assert.Equal(2, await stores.Alerts.CountAsync(new AlertQuery { PartyId = "C-1" }, default));
            var records = await UserStoreTests.ReadAllAsync(stores);
            Assert.Equal(2, records.Count(r => r.Entry.Action == AuditActions.AlertCreate));
            Assert.Single(records, r => r.Entry.Action == AuditActions.PartyScreen);
        }
    }

    [PostgresFact]
    public async Task AnAlertChangeRunTwiceIsStoredOnceAndIsNoConflict()
    {
        var (stores, alert) = await WithAlertAsync();
        await using (stores)
        {
            var change = AlertWorkflow.Assign(alert, Rita, "rita", Now);
            var record = Record(change.Action, "alert:" + alert.Id);

            await stores.Alerts.UpdateAsync(change, null, record, default);
            await stores.Alerts.UpdateAsync(change, null, record, default);

            Assert.Equal(2, (await stores.Alerts.GetAsync(alert.Id, default))!.Version);
            Assert.Equal(2, (await stores.Alerts.GetEventsAsync(alert.Id, default)).Count);
            Assert.Single(await UserStoreTests.ReadAllAsync(stores), r => r.Entry.Action == change.Action);
            // A different change from the same version is still a conflict.
            await Assert.ThrowsAsync<AlertConflictException>(() =>
                stores.Alerts.UpdateAsync(change, null, Record(change.Action, "alert:" + alert.Id), default));
        }
    }

    [PostgresFact]
    public async Task ACommentRunTwiceIsStoredOnce()
    {
        var (stores, alert) = await WithAlertAsync();
        await using (stores)
        {
            var comment = new AlertEvent(alert.Id, Now, "rita", "comment", "checking the passport");
            var record = Record(AuditActions.AlertComment, "alert:" + alert.Id);

            await stores.Alerts.AddEventAsync(comment, record, default);
            await stores.Alerts.AddEventAsync(comment, record, default);

            Assert.Single(await stores.Alerts.GetEventsAsync(alert.Id, default), e => e.Kind == "comment");
            Assert.Single(await UserStoreTests.ReadAllAsync(stores), r => r.Entry.Action == AuditActions.AlertComment);
        }
    }

    [PostgresFact]
    public async Task AUserAddAndAKeyRevocationRunTwiceAreReportedDoneAndStoredOnce()
    {
        await using var stores = await PostgresStoreSets.OpenAsync();
        var add = UserStoreTests.Audit(AuditActions.UserAdd, "user:alice");
        Assert.True(await stores.Users.AddAsync(UserStoreTests.Alice, add, default));
        Assert.True(await stores.Users.AddAsync(UserStoreTests.Alice, add, default));
        Assert.False(await stores.Users.AddAsync(UserStoreTests.Alice, UserStoreTests.Audit(AuditActions.UserAdd, "user:alice"), default));

        var key = new ApiKey { Id = "0123456789", Name = "gateway", Role = ApiRole.Screen, CreatedAt = Now };
        var create = Record(AuditActions.KeyCreate, "key:" + key.Id);
        await stores.Keys.AddAsync(key, "hash", create, default);
        await stores.Keys.AddAsync(key, "hash", create, default);
        var revoke = Record(AuditActions.KeyRevoke, "key:" + key.Id);
        Assert.True(await stores.Keys.RevokeAsync(key.Id, Now.AddHours(1), revoke, default));
        Assert.True(await stores.Keys.RevokeAsync(key.Id, Now.AddHours(1), revoke, default));

        Assert.Equal([AuditActions.UserAdd, AuditActions.KeyCreate, AuditActions.KeyRevoke], (await UserStoreTests.ReadAllAsync(stores)).Select(r => r.Entry.Action));
    }
}
