using Embargo.Core.Access;
using Embargo.Core.Alerts;
using Embargo.Core.Audit;
using Embargo.Core.Parties;
using Embargo.Core.Review;
using Embargo.Testing.Postgres;

namespace Embargo.Store.Tests.Review;

/// <summary>What every alert store does: no duplicate active alert, version-checked changes, history, allow-list, settings.</summary>
public abstract class AlertStoreTests
{
    protected abstract Task<StoreSet> OpenAsync();

    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private static readonly Actor Rita = new("rita", ApiRole.Review, ActorKind.User);
    private static readonly Actor Ravi = new("ravi", ApiRole.Review, ActorKind.User);
    private static readonly Actor Abe = new("abe", ApiRole.Approve, ActorKind.User);

    private static Alert Draft(string party, string entity, double score = 0.93) => new()
    {
        PartyId = party,
        EntityId = entity,
        EntityName = "SHUGAYEV, Dmitry",
        MatchedName = "SHUGAYEV, Dmitry",
        Score = score,
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

    private static AuditEntry Record(string action, string subject) => new() { At = Now, Actor = "rita", Action = action, Subject = subject };

    private static async Task<StoreSet> WithPartiesAsync(StoreSet stores, params string[] ids)
    {
        var parties = ids.Select(id => PartyStoreTests.Customer(id)).ToList();
        await stores.Parties.SaveAsync(parties, PartySaveMode.Upsert, (_, after) => Record(AuditActions.PartyAdd, "party:" + after.Id), default);
        return stores;
    }

    private static Task<IReadOnlyList<Alert>> RaiseAsync(StoreSet stores, params Alert[] alerts) =>
        stores.Alerts.RaiseAsync(new AlertRaise(alerts, [], a => Record(AuditActions.AlertCreate, "alert:" + a.Id), []), default);

    private static async Task DecideAsync(StoreSet stores, Alert alert, Actor actor, AlertDecision decision, ReviewPolicy policy)
    {
        var change = AlertWorkflow.Decide(alert, actor, decision, policy, null, Now);
        var allow = change.FinalisesFalsePositive ? AllowListRule.Create(change.After, policy, Now) : null;
        await stores.Alerts.UpdateAsync(change, allow, Record(change.Action, "alert:" + alert.Id), default);
    }

    [StoreFact]
    public async Task RaisedAlertsGetIdsAHistoryAndAnAuditRecordEach()
    {
        await using var stores = await WithPartiesAsync(await OpenAsync(), "C-1");
        var raised = await RaiseAsync(stores, Draft("C-1", "us-ofac-sdn:1"), Draft("C-1", "us-ofac-sdn:2"));

        Assert.Equal(2, raised.Count);
        Assert.NotEqual(raised[0].Id, raised[1].Id);
        var stored = (await stores.Alerts.GetAsync(raised[0].Id, default))!;
        Assert.Equal(AlertStatus.Open, stored.Status);
        Assert.Equal(1, stored.Version);
        Assert.Equal(Draft("C-1", "us-ofac-sdn:1").EntityData, stored.EntityData);
        Assert.Equal(["create"], (await stores.Alerts.GetEventsAsync(raised[0].Id, default)).Select(e => e.Kind));
        Assert.Equal(2, (await UserStoreTests.ReadAllAsync(stores)).Count(r => r.Entry.Action == AuditActions.AlertCreate));
    }

    [StoreFact]
    public async Task APairNeverHasTwoActiveAlertsEvenWhenScreenedConcurrently()
    {
        await using var stores = await WithPartiesAsync(await OpenAsync(), "C-1");
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => RaiseAsync(stores, Draft("C-1", "us-ofac-sdn:1")))));

        Assert.Equal(1, results.Sum(r => r.Count));
        Assert.Equal(1, await stores.Alerts.CountAsync(new AlertQuery { PartyId = "C-1" }, default));
    }

    [StoreFact]
    public async Task TwoReviewersDecidingTheSameAlertOneWinsTheOtherGetsAConflict()
    {
        await using var stores = await WithPartiesAsync(await OpenAsync(), "C-1");
        var alert = (await RaiseAsync(stores, Draft("C-1", "us-ofac-sdn:1")))[0];
        var policy = new ReviewPolicy { FourEyesForTrueMatch = false, FourEyesForFalsePositiveFrom = null };

        // Both read version 1 and decide differently at the same moment.
        var outcomes = await Task.WhenAll(
            Attempt(() => DecideAsync(stores, alert, Rita, AlertDecision.TrueMatch, policy)),
            Attempt(() => DecideAsync(stores, alert, Ravi, AlertDecision.FalsePositive, policy)));

        Assert.Single(outcomes, o => o is null);
        var conflict = Assert.IsType<AlertConflictException>(Assert.Single(outcomes, o => o is not null));
        Assert.Equal(1, conflict.ExpectedVersion);
        Assert.Equal(2, conflict.CurrentVersion);
        var stored = (await stores.Alerts.GetAsync(alert.Id, default))!;
        Assert.Equal(2, stored.Version);
        // The winner's decision stands whole: no mix of the two.
        Assert.Equal(stored.Decision == AlertDecision.TrueMatch ? "rita" : "ravi", stored.DecidedBy);
        Assert.Single(await stores.Alerts.GetEventsAsync(alert.Id, default), e => e.Kind == "decide");
        Assert.Single(await UserStoreTests.ReadAllAsync(stores), r => r.Entry.Action == AuditActions.AlertDecide);
        var allowListed = await stores.Alerts.ListAllowAsync("C-1", true, null, default);
        Assert.Equal(stored.Decision == AlertDecision.FalsePositive ? 1 : 0, allowListed.Count);

        static async Task<Exception?> Attempt(Func<Task> decide)
        {
            try
            {
                await decide();
                return null;
            }
            catch (AlertConflictException e)
            {
                return e;
            }
        }
    }

    [StoreFact]
    public async Task AStaleVersionIsRefusedEvenLongAfter()
    {
        await using var stores = await WithPartiesAsync(await OpenAsync(), "C-1");
        var alert = (await RaiseAsync(stores, Draft("C-1", "us-ofac-sdn:1")))[0];
        var assigned = AlertWorkflow.Assign(alert, Rita, "rita", Now);
        await stores.Alerts.UpdateAsync(assigned, null, Record(assigned.Action, "alert:1"), default);

        var stale = AlertWorkflow.Escalate(alert, Ravi, null, Now);
        await Assert.ThrowsAsync<AlertConflictException>(() => stores.Alerts.UpdateAsync(stale, null, Record(stale.Action, "alert:1"), default));
        Assert.Equal(AlertStatus.InReview, (await stores.Alerts.GetAsync(alert.Id, default))!.Status);
    }

    [StoreFact]
    public async Task AFinalFalsePositiveGoesOnTheAllowListAndReopeningTakesItOff()
    {
        await using var stores = await WithPartiesAsync(await OpenAsync(), "C-1");
        var alert = (await RaiseAsync(stores, Draft("C-1", "us-ofac-sdn:1", score: 0.95)))[0];
        var policy = ReviewPolicy.Default;
        await DecideAsync(stores, alert, Rita, AlertDecision.FalsePositive, policy);
        Assert.Empty(await stores.Alerts.ListAllowAsync("C-1", true, null, default));

        var pending = (await stores.Alerts.GetAsync(alert.Id, default))!;
        var approval = AlertWorkflow.Approve(pending, Abe, null, Now);
        await stores.Alerts.UpdateAsync(approval, AllowListRule.Create(approval.After, policy, Now), Record(approval.Action, "alert:1"), default);
        var entry = Assert.Single(await stores.Alerts.ListAllowAsync("C-1", true, null, default));
        Assert.Equal("abe", entry.ApprovedBy);
        Assert.Equal(Now.AddDays(365), entry.ExpiresAt);
        var state = (await stores.Alerts.GetPairStatesAsync("C-1", ["us-ofac-sdn:1", "us-ofac-sdn:9"], default))["us-ofac-sdn:1"];
        Assert.Null(state.Active);
        Assert.Equal(alert.Id, state.LatestDecided!.Id);
        Assert.NotNull(state.Allow);

        var reopen = AlertWorkflow.Reopen((await stores.Alerts.GetAsync(alert.Id, default))!, Rita, "new facts", Now);
        await stores.Alerts.UpdateAsync(reopen, null, Record(reopen.Action, "alert:1"), default);
        Assert.Empty(await stores.Alerts.ListAllowAsync("C-1", true, null, default));
        Assert.Contains("reopen", Assert.Single(await stores.Alerts.ListAllowAsync("C-1", false, null, default)).EndReason, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task RaisingCanEndLapsedAllowListEntries()
    {
        await using var stores = await WithPartiesAsync(await OpenAsync(), "C-1");
        var alert = (await RaiseAsync(stores, Draft("C-1", "us-ofac-sdn:1", score: 0.85)))[0];
        await DecideAsync(stores, alert, Rita, AlertDecision.FalsePositive, ReviewPolicy.Default);

        var again = await stores.Alerts.RaiseAsync(new AlertRaise([Draft("C-1", "us-ofac-sdn:1") with { Reason = AlertReason.AllowListEnded }],
            [new AllowListEnding("C-1", "us-ofac-sdn:1", Now, "listed entity changed (aliases)")], a => Record(AuditActions.AlertCreate, "alert:" + a.Id),
            [Record(AuditActions.AllowListEnd, "allow:C-1/us-ofac-sdn:1")]), default);

        Assert.Single(again);
        Assert.Empty(await stores.Alerts.ListAllowAsync("C-1", true, null, default));
        Assert.Equal("listed entity changed (aliases)", (await stores.Alerts.ListAllowAsync("C-1", false, null, default))[0].EndReason);
    }

    [StoreFact]
    public async Task ExpiredEntriesAreFoundByTime()
    {
        await using var stores = await WithPartiesAsync(await OpenAsync(), "C-1");
        var alert = (await RaiseAsync(stores, Draft("C-1", "us-ofac-sdn:1", score: 0.85)))[0];
        await DecideAsync(stores, alert, Rita, AlertDecision.FalsePositive, new ReviewPolicy { AllowListDays = 10 });

        Assert.Empty(await stores.Alerts.ListAllowAsync(null, true, Now.AddDays(9), default));
        Assert.Single(await stores.Alerts.ListAllowAsync(null, true, Now.AddDays(10), default));
    }

    [StoreFact]
    public async Task ListingFiltersByStatusPartyEntityAndAssigneeNewestFirst()
    {
        await using var stores = await WithPartiesAsync(await OpenAsync(), "C-1", "C-2");
        var raised = await RaiseAsync(stores, Draft("C-1", "e:1"), Draft("C-1", "e:2"), Draft("C-2", "e:1"));
        var assigned = AlertWorkflow.Assign(raised[1], Rita, "ravi", Now);
        await stores.Alerts.UpdateAsync(assigned, null, Record(assigned.Action, "alert:2"), default);

        Assert.Equal([raised[2].Id, raised[1].Id, raised[0].Id], (await stores.Alerts.ListAsync(new AlertQuery(), default)).Select(a => a.Id));
        Assert.Equal([raised[1].Id], (await stores.Alerts.ListAsync(new AlertQuery { Statuses = [AlertStatus.InReview] }, default)).Select(a => a.Id));
        Assert.Equal(2, await stores.Alerts.CountAsync(new AlertQuery { PartyId = "C-1" }, default));
        Assert.Equal(2, await stores.Alerts.CountAsync(new AlertQuery { EntityId = "e:1" }, default));
        Assert.Equal([raised[1].Id], (await stores.Alerts.ListAsync(new AlertQuery { Assignee = "ravi" }, default)).Select(a => a.Id));
        Assert.Equal(2, (await stores.Alerts.FindActiveAsync(null, ["e:1"], default)).Count);
        Assert.Equal(2, (await stores.Alerts.FindActiveAsync("C-1", null, default)).Count);
    }

    [StoreFact]
    public async Task ListingFiltersByListSourceMinimumScoreAndAge()
    {
        await using var stores = await WithPartiesAsync(await OpenAsync(), "C-1");
        var raised = await RaiseAsync(stores,
            Draft("C-1", "un-sc:1", 0.81) with { CreatedAt = Now.AddDays(-10) },
            Draft("C-1", "un-scx:2", 0.95),
            Draft("C-1", "us-ofac-sdn:3", 0.99) with { CreatedAt = Now.AddDays(-3) });

        // The source is a prefix up to the colon, not a pattern: "un-sc" is not "un-scx".
        Assert.Equal([raised[0].Id], (await stores.Alerts.ListAsync(new AlertQuery { Source = "un-sc" }, default)).Select(a => a.Id));
        Assert.Equal(0, await stores.Alerts.CountAsync(new AlertQuery { Source = "un-%" }, default));
        Assert.Equal([raised[2].Id, raised[1].Id], (await stores.Alerts.ListAsync(new AlertQuery { MinScore = 0.95 }, default)).Select(a => a.Id));
        Assert.Equal([raised[2].Id, raised[0].Id], (await stores.Alerts.ListAsync(new AlertQuery { CreatedBefore = Now.AddDays(-1) }, default)).Select(a => a.Id));
        Assert.Equal(1, await stores.Alerts.CountAsync(new AlertQuery { CreatedBefore = Now.AddDays(-1), MinScore = 0.9 }, default));
    }

    [StoreFact]
    public async Task ACommentIsHistoryAndNeedsAnAlert()
    {
        await using var stores = await WithPartiesAsync(await OpenAsync(), "C-1");
        var alert = (await RaiseAsync(stores, Draft("C-1", "e:1")))[0];
        await stores.Alerts.AddEventAsync(AlertWorkflow.Comment(alert, Rita, "checked the passport", Now), Record(AuditActions.AlertComment, "alert:1"), default);

        Assert.Equal(["create", "comment"], (await stores.Alerts.GetEventsAsync(alert.Id, default)).Select(e => e.Kind));
        Assert.Equal(1, (await stores.Alerts.GetAsync(alert.Id, default))!.Version);
        await Assert.ThrowsAsync<NotFoundException>(() => stores.Alerts.AddEventAsync(new AlertEvent(999, Now, "rita", "comment", "x"),
            Record(AuditActions.AlertComment, "alert:999"), default));
    }

    [StoreFact]
    public async Task SettingsAreReadBackAndTheirChangeIsAudited()
    {
        await using var stores = await OpenAsync();
        Assert.Null(await stores.Settings.GetAsync("review_policy", default));
        await stores.Settings.SetAsync("review_policy", """{"a":1}""", Now, [Record(AuditActions.PolicySet, "settings:review_policy")], default);
        await stores.Settings.SetAsync("review_policy", """{"a":2}""", Now, [], default);

        Assert.Equal("""{"a":2}""", await stores.Settings.GetAsync("review_policy", default));
        Assert.Single(await UserStoreTests.ReadAllAsync(stores));
    }
}
