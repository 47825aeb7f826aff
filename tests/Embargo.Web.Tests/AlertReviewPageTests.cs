using Embargo.Core.Alerts;
using Microsoft.Playwright;

namespace Embargo.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class AlertReviewPageTests(WebFixture web)
{
    [BrowserFact]
    public async Task AnAnalystDecidesAFalsePositiveAndAnApproverApprovesItSoTheAlertEndsDecided()
    {
        var partyId = ReviewData.NewPartyId("web-two-people");
        var alert = await ReviewData.RaiseAlertAsync(web.Engine, partyId);

        var ana = await web.SignedInAsync(WebUsers.Analyst);
        await ana.GotoAsync("/ui/alerts");
        var row = ana.Locator("table.queue tbody tr").Filter(new() { HasText = partyId });
        await Assertions.Expect(row).ToContainTextAsync(ReviewData.ListedName);
        await Assertions.Expect(row).ToContainTextAsync("Open");
        await Screenshots.SaveAsync(ana, "10-alerts-queue");
        await row.GetByRole(AriaRole.Link, new() { Name = ReviewData.ListedName }).ClickAsync();
        await ana.WaitForURLAsync($"**/ui/alerts/{alert.Id}");
        await Assertions.Expect(ana.Locator("table.compare")).ToContainTextAsync("Won Ho Ri");
        await Assertions.Expect(ana.Locator("table.compare tr[data-field='Date of birth']")).ToHaveClassAsync("same");
        await Assertions.Expect(ana.Locator(".tokens li.exact")).ToHaveCountAsync(3);
        await Screenshots.SaveAsync(ana, "11-alert");

        await ana.GetByLabel("Comment", new() { Exact = true }).FillAsync("Checked the passport copy on file.");
        await ana.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();
        await Assertions.Expect(ana.Locator("ol.history")).ToContainTextAsync("Checked the passport copy on file.");
        await ana.GetByRole(AriaRole.Button, new() { Name = "Assign to me" }).ClickAsync();
        await Assertions.Expect(ana.Locator("#assignee")).ToHaveTextAsync(WebUsers.Analyst.Id);
        await ana.GetByLabel("Reason for the decision").FillAsync("Different person: the party's birth place is Pyongyang, not the listed one.");
        await ana.GetByRole(AriaRole.Button, new() { Name = "False positive" }).ClickAsync();
        await Assertions.Expect(ana.Locator("#status")).ToHaveTextAsync("Pending approval");
        await Assertions.Expect(ana.GetByRole(AriaRole.Button, new() { Name = "Approve" })).ToHaveCountAsync(0);
        await ana.Context.CloseAsync();

        var oscar = await web.SignedInAsync(WebUsers.Approver);
        await oscar.GotoAsync($"/ui/alerts?status=pending_approval");
        await oscar.Locator("table.queue tbody tr").Filter(new() { HasText = partyId }).GetByRole(AriaRole.Link, new() { Name = $"#{alert.Id}" }).ClickAsync();
        await Screenshots.SaveAsync(oscar, "12-alert-pending-approval");
        await oscar.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(oscar.GetByRole(AriaRole.Status)).ToContainTextAsync("approved");
        await Assertions.Expect(oscar.Locator("#status")).ToHaveTextAsync("Decided");
        await Assertions.Expect(oscar.Locator("#decision")).ToContainTextAsync("False positive");
        await Screenshots.SaveAsync(oscar, "13-alert-decided");
        await oscar.Context.CloseAsync();

        var decided = await ReviewData.CurrentAsync(web.Engine, alert.Id);
        Assert.Equal(AlertStatus.Decided, decided.Status);
        Assert.Equal(AlertDecision.FalsePositive, decided.Decision);
        Assert.Equal(WebUsers.Analyst.Id, decided.DecidedBy);
        Assert.Equal(WebUsers.Approver.Id, decided.ApprovedBy);
    }

    [BrowserFact]
    public async Task WhoeverDecidedCannotApproveTheirOwnDecisionAndTheRefusalIsShown()
    {
        var alert = await ReviewData.RaiseAlertAsync(web.Engine, ReviewData.NewPartyId("web-four-eyes"));
        var oscar = await web.SignedInAsync(WebUsers.Approver);
        await oscar.GotoAsync($"/ui/alerts/{alert.Id}");
        await oscar.GetByRole(AriaRole.Button, new() { Name = "True match" }).ClickAsync();
        await Assertions.Expect(oscar.Locator("#status")).ToHaveTextAsync("Pending approval");
        await Assertions.Expect(oscar.Locator("body")).ToContainTextAsync("You made this decision");
        await oscar.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(oscar.GetByRole(AriaRole.Alert)).ToContainTextAsync("four eyes need a second person");
        await Assertions.Expect(oscar.Locator("#status")).ToHaveTextAsync("Pending approval");
        await Screenshots.SaveAsync(oscar, "14-alert-own-approval-refused");
        await oscar.Context.CloseAsync();
        Assert.Equal(AlertStatus.PendingApproval, (await ReviewData.CurrentAsync(web.Engine, alert.Id)).Status);

        var petra = await web.SignedInAsync(WebUsers.SecondApprover);
        await petra.GotoAsync($"/ui/alerts/{alert.Id}");
        await petra.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(petra.Locator("#status")).ToHaveTextAsync("Decided");
        await petra.Context.CloseAsync();
        var decided = await ReviewData.CurrentAsync(web.Engine, alert.Id);
        Assert.Equal((AlertStatus.Decided, AlertDecision.TrueMatch, WebUsers.SecondApprover.Id), (decided.Status, decided.Decision, decided.ApprovedBy));
    }

    [BrowserFact]
    public async Task ARejectionNeedsAReasonAndSendsTheDecisionBackForReview()
    {
        var alert = await ReviewData.RaiseAlertAsync(web.Engine, ReviewData.NewPartyId("web-reject"));
        var ana = await web.SignedInAsync(WebUsers.Analyst);
        await ana.GotoAsync($"/ui/alerts/{alert.Id}");
        await ana.GetByRole(AriaRole.Button, new() { Name = "True match" }).ClickAsync();
        await Assertions.Expect(ana.Locator("#status")).ToHaveTextAsync("Pending approval");
        await ana.Context.CloseAsync();

        var oscar = await web.SignedInAsync(WebUsers.Approver);
        await oscar.GotoAsync($"/ui/alerts/{alert.Id}");
        await oscar.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        await Assertions.Expect(oscar.GetByRole(AriaRole.Alert)).ToContainTextAsync("say why the decision is rejected");
        await Assertions.Expect(oscar.Locator("#status")).ToHaveTextAsync("Pending approval");
        await oscar.GetByLabel("Comment (required to reject)").FillAsync("The dates of birth were not checked against the file.");
        await oscar.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        await Assertions.Expect(oscar.Locator("#status")).ToHaveTextAsync("In review");
        await Assertions.Expect(oscar.Locator("ol.history")).ToContainTextAsync("The dates of birth were not checked");
        await oscar.Context.CloseAsync();
        var after = await ReviewData.CurrentAsync(web.Engine, alert.Id);
        Assert.Equal((AlertStatus.InReview, (AlertDecision?)null), (after.Status, after.Decision));
    }

    [BrowserFact]
    public async Task AnAnalystSeesNoApproveButtonAndHerOwnApprovalPostedByHandIsRefused()
    {
        var alert = await ReviewData.RaiseAlertAsync(web.Engine, ReviewData.NewPartyId("web-ana-alone"));
        var ana = await web.SignedInAsync(WebUsers.Analyst);
        await ana.GotoAsync($"/ui/alerts/{alert.Id}");
        await ana.GetByRole(AriaRole.Button, new() { Name = "True match" }).ClickAsync();
        await Assertions.Expect(ana.Locator("#status")).ToHaveTextAsync("Pending approval");
        await Assertions.Expect(ana.GetByRole(AriaRole.Button, new() { Name = "Approve" })).ToHaveCountAsync(0);
        await Assertions.Expect(ana.GetByRole(AriaRole.Button, new() { Name = "Reject" })).ToHaveCountAsync(0);
        await Assertions.Expect(ana.Locator("body")).ToContainTextAsync("waits for a second person");

        var pending = await ReviewData.CurrentAsync(web.Engine, alert.Id);
        var response = await ReviewData.PostFormAsync(ana, $"/ui/alerts/{alert.Id}?handler=Approve",
            new Dictionary<string, string> { ["version"] = pending.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.True(ReviewData.IsRefused(response), $"status {response.Status}");
        await ana.Context.CloseAsync();
        var after = await ReviewData.CurrentAsync(web.Engine, alert.Id);
        Assert.Equal((AlertStatus.PendingApproval, pending.Version, (string?)null), (after.Status, after.Version, after.ApprovedBy));
    }

    [BrowserFact]
    public async Task TheScreenUserSeesNoAlertsAndAnApprovalPostedByHandIsRefused()
    {
        var alert = await ReviewData.RaiseAlertAsync(web.Engine, ReviewData.NewPartyId("web-sam"));
        var sam = await web.SignedInAsync(WebUsers.Screener);
        var queue = await sam.GotoAsync("/ui/alerts");
        Assert.Equal(403, queue!.Status);
        await Assertions.Expect(sam.GetByRole(AriaRole.Alert)).ToContainTextAsync("does not allow");
        var page = await sam.GotoAsync($"/ui/alerts/{alert.Id}");
        Assert.Equal(403, page!.Status);
        await Assertions.Expect(sam.GetByRole(AriaRole.Button, new() { Name = "Approve" })).ToHaveCountAsync(0);
        await Assertions.Expect(sam.GetByRole(AriaRole.Button, new() { Name = "True match" })).ToHaveCountAsync(0);
        await Assertions.Expect(sam.Locator("body")).Not.ToContainTextAsync(ReviewData.ListedName);

        // The sign-out form carries sam's own anti-forgery token: the refusal is the role's, not a missing token's.
        await sam.GotoAsync("/ui/screen");
        foreach (var handler in new[] { "Approve", "Decide" })
        {
            var response = await ReviewData.PostFormAsync(sam, $"/ui/alerts/{alert.Id}?handler={handler}",
                new Dictionary<string, string> { ["version"] = alert.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["decision"] = "false_positive" });
            Assert.True(ReviewData.IsRefused(response), $"{handler}: status {response.Status}");
        }
        await sam.Context.CloseAsync();
        var after = await ReviewData.CurrentAsync(web.Engine, alert.Id);
        Assert.Equal((AlertStatus.Open, alert.Version), (after.Status, after.Version));
    }

    [BrowserFact]
    public async Task AChangeMadeMeanwhileIsAConflictShownWithTheCurrentStateNeverALostUpdate()
    {
        var alert = await ReviewData.RaiseAlertAsync(web.Engine, ReviewData.NewPartyId("web-conflict"));
        var ana = await web.SignedInAsync(WebUsers.Analyst);
        var petra = await web.SignedInAsync(WebUsers.SecondApprover);
        await ana.GotoAsync($"/ui/alerts/{alert.Id}");
        await petra.GotoAsync($"/ui/alerts/{alert.Id}");

        await ana.GetByRole(AriaRole.Button, new() { Name = "Escalate" }).ClickAsync();
        await Assertions.Expect(ana.Locator("#status")).ToHaveTextAsync("Escalated");

        // Petra still looks at the open alert and decides it: refused, and she sees it escalated.
        await petra.GetByRole(AriaRole.Button, new() { Name = "False positive" }).ClickAsync();
        await Assertions.Expect(petra.GetByRole(AriaRole.Alert)).ToContainTextAsync("Someone else changed this alert");
        await Assertions.Expect(petra.Locator("#status")).ToHaveTextAsync("Escalated");
        await Screenshots.SaveAsync(petra, "15-alert-conflict");
        await ana.Context.CloseAsync();
        await petra.Context.CloseAsync();
        var after = await ReviewData.CurrentAsync(web.Engine, alert.Id);
        Assert.Equal((AlertStatus.Escalated, (AlertDecision?)null), (after.Status, after.Decision));
    }

    [BrowserFact]
    public async Task FactsThatDifferAreMarkedInWordsNotColourAlone()
    {
        // The listed person is Korean; this party says another country.
        var alert = await ReviewData.RaiseAlertAsync(web.Engine, ReviewData.NewPartyId("web-differs"), country: "BR");
        var ana = await web.SignedInAsync(WebUsers.Analyst);
        await ana.GotoAsync($"/ui/alerts/{alert.Id}");
        var country = ana.Locator("table.compare tr[data-field='Country']");
        await Assertions.Expect(country).ToHaveClassAsync("differs");
        await Assertions.Expect(country.Locator(".cue")).ToContainTextAsync("differs");
        await Assertions.Expect(ana.Locator("table.compare tr[data-field='Name'] .cue")).ToContainTextAsync("same");
        await ana.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task FiltersNarrowTheQueue()
    {
        var prefix = ReviewData.NewPartyId("web-filter");
        var first = await ReviewData.RaiseAlertAsync(web.Engine, prefix + "-a");
        var second = await ReviewData.RaiseAlertAsync(web.Engine, prefix + "-b");
        var ana = await web.SignedInAsync(WebUsers.Analyst);
        await ana.GotoAsync($"/ui/alerts/{first.Id}");
        await ana.GetByLabel("Assign to (user id; empty to unassign)").FillAsync("filter-assignee");
        await ana.GetByRole(AriaRole.Button, new() { Name = "Assign", Exact = true }).ClickAsync();
        await Assertions.Expect(ana.Locator("#assignee")).ToHaveTextAsync("filter-assignee");

        await ana.GotoAsync("/ui/alerts");
        await Assertions.Expect(ana.Locator("table.queue")).ToContainTextAsync(prefix + "-b");
        await ana.GetByLabel("Assignee").FillAsync("filter-assignee");
        await ana.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Assertions.Expect(ana.Locator("table.queue tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(ana.Locator("table.queue")).ToContainTextAsync(prefix + "-a");
        Assert.Contains("assignee=filter-assignee", ana.Url, StringComparison.Ordinal);

        await ana.GotoAsync("/ui/alerts?status=all&source=un-sc&minscore=0.5");
        await Assertions.Expect(ana.Locator("table.queue")).ToContainTextAsync(prefix + "-b");
        await Assertions.Expect(ana.GetByLabel("List")).ToHaveValueAsync("un-sc");
        await ana.GotoAsync("/ui/alerts?status=all&source=us-ofac-sdn");
        await Assertions.Expect(ana.Locator("table.queue")).ToHaveCountAsync(0);
        if (second.Score < 0.99)
        {
            await ana.GotoAsync($"/ui/alerts?status=all&minscore={(second.Score + 0.01).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}");
            await Assertions.Expect(ana.Locator("body")).Not.ToContainTextAsync(prefix + "-b");
        }
        await ana.GotoAsync("/ui/alerts?status=all&olderthan=1");
        await Assertions.Expect(ana.Locator("body")).Not.ToContainTextAsync(prefix);
        await ana.GotoAsync("/ui/alerts?status=decided");
        await Assertions.Expect(ana.Locator("body")).Not.ToContainTextAsync(prefix);
        await ana.GotoAsync("/ui/alerts?minscore=2");
        await Assertions.Expect(ana.GetByRole(AriaRole.Alert)).ToContainTextAsync("Minimum score");
        await Screenshots.SaveAsync(ana, "16-alerts-bad-filter");
        await ana.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task TheQueueIsPaginatedAndKeepsItsFiltersFromPageToPage()
    {
        var prefix = ReviewData.NewPartyId("web-pages");
        var assignee = prefix + "-reviewer";
        var analyst = new Core.Access.Actor(WebUsers.Analyst.Id, Core.Access.ApiRole.Review, Core.Access.ActorKind.User);
        for (var i = 0; i <= 50; i++)
        {
            var alert = await ReviewData.RaiseAlertAsync(web.Engine, $"{prefix}-{i:00}");
            await web.Engine.Alerts.AssignAsync(analyst, alert.Id, alert.Version, assignee, CancellationToken.None);
        }
        var ana = await web.SignedInAsync(WebUsers.Analyst);
        await ana.GotoAsync($"/ui/alerts?assignee={assignee}");
        await Assertions.Expect(ana.Locator("#count")).ToHaveTextAsync("51 alerts, page 1 of 2");
        await Assertions.Expect(ana.Locator("table.queue tbody tr")).ToHaveCountAsync(50);
        await ana.GetByRole(AriaRole.Link, new() { Name = "Older →" }).ClickAsync();
        await Assertions.Expect(ana.Locator("#count")).ToHaveTextAsync("51 alerts, page 2 of 2");
        await Assertions.Expect(ana.Locator("table.queue tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(ana.Locator("table.queue")).ToContainTextAsync(prefix + "-00");
        Assert.Contains($"assignee={assignee}", ana.Url, StringComparison.Ordinal);
        await ana.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task TheReviewPagesFitAPhoneWithoutSidewaysScrolling()
    {
        var partyId = ReviewData.NewPartyId("web-phone");
        var alert = await ReviewData.RaiseAlertAsync(web.Engine, partyId);
        var ana = await web.SignedInAsync(WebUsers.Analyst, phone: true);
        foreach (var url in new[] { "/ui/alerts", $"/ui/parties/{partyId}", "/ui/parties", "/ui/parties/new", $"/ui/alerts/{alert.Id}" })
        {
            await ana.GotoAsync(url);
            Assert.False(await ana.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"), url);
        }
        await Assertions.Expect(ana.Locator("table.compare")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(ana, "17-alert-phone");
        await ana.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task AnUnknownAlertIsNotFound()
    {
        var ana = await web.SignedInAsync(WebUsers.Analyst);
        var response = await ana.GotoAsync("/ui/alerts/999999999");
        Assert.Equal(404, response!.Status);
        await ana.Context.CloseAsync();
    }
}
