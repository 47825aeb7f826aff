using Embargo.Core.Access;
using Embargo.Core.Alerts;
using static Embargo.Core.Tests.Alerts.AlertSamples;

namespace Embargo.Core.Tests.Alerts;

public sealed class AllowListRuleTests
{
    private static AllowListEntry Entry(ReviewPolicy? policy = null)
    {
        var decided = AlertWorkflow.Decide(Open(score: 0.85), Rita, AlertDecision.FalsePositive, ReviewPolicy.Default, null, Now).After;
        return AllowListRule.Create(decided, policy ?? ReviewPolicy.Default, Now);
    }

    [Fact]
    public void AnEntryHoldsWhileNothingChanged()
    {
        var entry = Entry();
        Assert.Equal(Now.AddDays(365), entry.ExpiresAt);
        Assert.True(AllowListRule.Check(entry, entry.PartyData, entry.EntityHash, entry.EntityData, Now.AddDays(30)).Holds);
    }

    [Fact]
    public void APartyChangeEndsItNamingTheFields()
    {
        var entry = Entry();
        var verdict = AllowListRule.Check(entry, """{"name":"Dmitry Shugaev","birth_date":"1965"}""", entry.EntityHash, entry.EntityData, Now);
        Assert.False(verdict.Holds);
        Assert.Contains("party changed (birth_date)", verdict.WhatChanged, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEntityChangeEndsItNamingTheFields()
    {
        var entry = Entry();
        var verdict = AllowListRule.Check(entry, entry.PartyData, "e2", """{"id":"us-ofac-sdn:35746","aliases":["a","b"]}""", Now);
        Assert.False(verdict.Holds);
        Assert.Contains("listed entity changed (aliases)", verdict.WhatChanged, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpiryEndsItAndNoExpiryNeverDoes()
    {
        var entry = Entry(new ReviewPolicy { AllowListDays = 30 });
        Assert.True(AllowListRule.Check(entry, entry.PartyData, entry.EntityHash, null, Now.AddDays(29)).Holds);
        var expired = AllowListRule.Check(entry, entry.PartyData, entry.EntityHash, null, Now.AddDays(30));
        Assert.False(expired.Holds);
        Assert.Contains("expired on 2026-12-22", expired.WhatChanged, StringComparison.Ordinal);
        var forever = Entry(new ReviewPolicy { AllowListDays = null });
        Assert.True(AllowListRule.Check(forever, forever.PartyData, forever.EntityHash, null, Now.AddYears(20)).Holds);
    }

    [Fact]
    public void OnlyAFinalFalsePositiveGoesOnTheList() =>
        Assert.Throws<ArgumentException>(() => AllowListRule.Create(Open(), ReviewPolicy.Default, Now));

    [Fact]
    public void TheGateNeverDuplicatesAnAlertBeingWorkedOrAConfirmedMatch()
    {
        var active = new AlertPairState(Open(), null, null);
        Assert.Equal(AlertGateVerdict.AlreadyKnown, AlertGate.Judge(active, AlertReason.Screening, null, "{}", "e1", null, Now).Verdict);
        var confirmed = new AlertPairState(null, Open() with { Status = AlertStatus.Decided, Decision = AlertDecision.TrueMatch }, null);
        Assert.Equal(AlertGateVerdict.AlreadyKnown, AlertGate.Judge(confirmed, AlertReason.NewAlias, null, "{}", "e2", null, Now).Verdict);
        Assert.Equal(AlertGateVerdict.Raise, AlertGate.Judge(AlertPairState.None, AlertReason.NewDesignation, null, "{}", "e1", null, Now).Verdict);
    }

    [Fact]
    public void TheGateSuppressesAHoldingFalsePositiveAndReRaisesALapsedOneSayingWhy()
    {
        var entry = Entry();
        var state = new AlertPairState(null, null, entry);
        Assert.Equal(AlertGateVerdict.Suppressed, AlertGate.Judge(state, AlertReason.Screening, null, entry.PartyData, entry.EntityHash, null, Now).Verdict);

        var (verdict, reason, detail, endsAllow) = AlertGate.Judge(state, AlertReason.ChangedDetails, "changed details", entry.PartyData, "e9",
            """{"id":"us-ofac-sdn:35746","aliases":["a"],"birth_dates":["1965"]}""", Now);
        Assert.Equal(AlertGateVerdict.Raise, verdict);
        Assert.Equal(AlertReason.AllowListEnded, reason);
        Assert.True(endsAllow);
        Assert.Contains("listed entity changed (birth_dates)", detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AKeyWithoutAUserActsUnderItsOwnName() => Assert.Equal("key:abc", Actor.ForKey("abc", ApiRole.Approve).Id);
}
