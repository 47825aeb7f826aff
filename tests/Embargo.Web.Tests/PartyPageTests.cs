using Embargo.Core.Alerts;
using Embargo.Testing;
using Microsoft.Playwright;

namespace Embargo.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class PartyPageTests(WebFixture web)
{
    [BrowserFact]
    public async Task AddingAPartyLikeAListedPersonScreensItAndRaisesAnAlert()
    {
        var partyId = ReviewData.NewPartyId("web-add");
        var ana = await web.SignedInAsync(WebUsers.Analyst);
        await ana.GotoAsync("/ui/parties");
        await ana.GetByRole(AriaRole.Link, new() { Name = "Add a party" }).ClickAsync();
        await ana.GetByLabel("Id (your own, e.g. a customer number)").FillAsync(partyId);
        await ana.GetByLabel("Name", new() { Exact = true }).FillAsync(ReviewData.ListedName);
        await ana.GetByLabel("Kind").SelectOptionAsync("person");
        await ana.GetByLabel("Date of birth or founding").FillAsync(ReviewData.ListedBirthDate);
        await ana.GetByLabel("Country").FillAsync("KP");
        await Screenshots.SaveAsync(ana, "18-party-add");
        await ana.GetByRole(AriaRole.Button, new() { Name = "Add and screen" }).ClickAsync();
        await ana.WaitForURLAsync($"**/ui/parties/{partyId}?raised=*");
        await Assertions.Expect(ana.GetByRole(AriaRole.Status)).ToContainTextAsync("new alert");
        await Assertions.Expect(ana.Locator("dl.facts")).ToContainTextAsync("1964-07-17");
        var alertLink = ana.Locator("table").GetByRole(AriaRole.Link, new() { Name = ReviewData.ListedName });
        await Assertions.Expect(alertLink).ToBeVisibleAsync();
        await Screenshots.SaveAsync(ana, "13-party");

        await alertLink.ClickAsync();
        await ana.WaitForURLAsync("**/ui/alerts/*");
        await Assertions.Expect(ana.Locator("#status")).ToHaveTextAsync("Open");
        await Assertions.Expect(ana.Locator("table.compare tr[data-field='Country'] .cue")).ToContainTextAsync("same");

        await ana.GotoAsync($"/ui/parties?q={partyId}");
        await Assertions.Expect(ana.Locator("table tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(ana.Locator("table")).ToContainTextAsync(ReviewData.ListedName);
        await Screenshots.SaveAsync(ana, "12-parties");
        await ana.Context.CloseAsync();

        var (alerts, _) = await web.Engine.Alerts.ListAsync(Core.Access.Actor.System, new AlertQuery { PartyId = partyId }, CancellationToken.None);
        Assert.Contains(alerts, a => a.EntityName == ReviewData.ListedName && a.Status == AlertStatus.Open);
    }

    [BrowserFact]
    public async Task PartiesAreFoundByAPartOfTheirNameInAnyCase()
    {
        var partyId = ReviewData.NewPartyId("web-name");
        await web.Engine.Parties.AddAsync(Embargo.Core.Access.Actor.System, partyId,
            new Embargo.Hosting.Parties.PartyInput { Name = "Quillon Harrowgate " + partyId[^6..], Kind = "person" }, screen: false, CancellationToken.None);
        var ana = await web.SignedInAsync(WebUsers.Analyst);
        await ana.GotoAsync("/ui/parties");
        await ana.GetByLabel("Name contains").FillAsync("quillon harrowgate " + partyId[^6..].ToUpperInvariant());
        await ana.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(ana.Locator("table tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(ana.Locator("table")).ToContainTextAsync(partyId);
        await ana.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task ABadFieldIsNamedAndNoPartyIsAdded()
    {
        var partyId = ReviewData.NewPartyId("web-bad");
        var ana = await web.SignedInAsync(WebUsers.Analyst);
        await ana.GotoAsync("/ui/parties/new");
        await ana.GetByLabel("Id (your own, e.g. a customer number)").FillAsync(partyId);
        await ana.GetByLabel("Name", new() { Exact = true }).FillAsync("Someone Made Up");
        await ana.GetByLabel("Date of birth or founding").FillAsync("17th of July");
        await ana.GetByRole(AriaRole.Button, new() { Name = "Add and screen" }).ClickAsync();
        await Assertions.Expect(ana.GetByRole(AriaRole.Alert)).ToContainTextAsync("Date of birth");
        // What was typed stays in the form, to be corrected.
        await Assertions.Expect(ana.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Someone Made Up");
        var response = await ana.GotoAsync($"/ui/parties/{partyId}");
        Assert.Equal(404, response!.Status);
        await ana.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task ImportingACsvFileAddsItsPartiesAndRaisesAnAlertForTheListedOne()
    {
        var prefix = ReviewData.NewPartyId("web-import");
        using var folder = new TempDirectory();
        var file = Path.Combine(folder.Path, "parties.csv");
        await File.WriteAllTextAsync(file, string.Join('\n',
            "id,name,kind,birth_date,country",
            $"{prefix}-1,Oskar Quillfeather,person,1981-03-02,DE",
            $"{prefix}-2,Marguerite Vandelstrom,person,1975-11-30,FR",
            $"{prefix}-3,{ReviewData.ListedName},person,{ReviewData.ListedBirthDate},KP",
            $"{prefix}-4,Brightwater Lantern Trading,organization,,NL",
            ""));
        var ana = await web.SignedInAsync(WebUsers.Analyst);
        await ana.GotoAsync("/ui/parties");
        await ana.GetByRole(AriaRole.Link, new() { Name = "Import a file" }).ClickAsync();
        await ana.GetByLabel("File (CSV or JSON Lines", new() { Exact = false }).SetInputFilesAsync(file);
        await ana.GetByRole(AriaRole.Button, new() { Name = "Import and screen" }).ClickAsync();
        await Assertions.Expect(ana.Locator("#added")).ToHaveTextAsync("4 added");
        await Assertions.Expect(ana.Locator("#raised")).ToContainTextAsync("new alert");
        await Screenshots.SaveAsync(ana, "19-parties-import");

        await ana.GotoAsync($"/ui/parties?q={prefix}");
        await Assertions.Expect(ana.Locator("table tbody tr")).ToHaveCountAsync(4);
        await ana.Context.CloseAsync();
        var (listed, _) = await web.Engine.Alerts.ListAsync(Core.Access.Actor.System, new AlertQuery { PartyId = prefix + "-3" }, CancellationToken.None);
        Assert.Contains(listed, a => a.EntityName == ReviewData.ListedName);
        var (madeUp, _) = await web.Engine.Alerts.ListAsync(Core.Access.Actor.System, new AlertQuery { PartyId = prefix + "-1" }, CancellationToken.None);
        Assert.Empty(madeUp);
    }

    [BrowserFact]
    public async Task AFileThatIsNotAPartyFileIsRefusedWithItsReason()
    {
        using var folder = new TempDirectory();
        var file = Path.Combine(folder.Path, "no-ids.csv");
        await File.WriteAllTextAsync(file, "name,country\nOskar Quillfeather,DE\n");
        var ana = await web.SignedInAsync(WebUsers.Analyst);
        await ana.GotoAsync("/ui/parties/import");
        await ana.GetByLabel("File (CSV or JSON Lines", new() { Exact = false }).SetInputFilesAsync(file);
        await ana.GetByRole(AriaRole.Button, new() { Name = "Import and screen" }).ClickAsync();
        // Either the whole file is refused, or each record is reported as unusable (no id): never added, never a crash.
        await Assertions.Expect(ana.Locator("main")).ToContainTextAsync("id");
        Assert.DoesNotContain("Oskar Quillfeather", await ana.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await ana.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task StoppingMonitoringAPartyClosesItsOpenAlerts()
    {
        var partyId = ReviewData.NewPartyId("web-remove");
        var alert = await ReviewData.RaiseAlertAsync(web.Engine, partyId);
        var ana = await web.SignedInAsync(WebUsers.Analyst);
        await ana.GotoAsync($"/ui/parties/{partyId}");
        await ana.GetByLabel("Yes, stop monitoring this party").CheckAsync();
        await ana.GetByRole(AriaRole.Button, new() { Name = "Stop monitoring" }).ClickAsync();
        await ana.WaitForURLAsync("**/ui/parties?removed=*");
        await Assertions.Expect(ana.GetByRole(AriaRole.Status).First).ToContainTextAsync("no longer monitored");
        await ana.Context.CloseAsync();
        Assert.Equal(AlertStatus.Closed, (await ReviewData.CurrentAsync(web.Engine, alert.Id)).Status);
    }

    [BrowserFact]
    public async Task StoppingMonitoringWithoutTheConfirmationRemovesNothing()
    {
        var partyId = ReviewData.NewPartyId("web-keep");
        var alert = await ReviewData.RaiseAlertAsync(web.Engine, partyId);
        var ana = await web.SignedInAsync(WebUsers.Analyst);
        await ana.GotoAsync($"/ui/parties/{partyId}");
        var response = await ReviewData.PostFormAsync(ana, $"/ui/parties/{partyId}?handler=Remove", new Dictionary<string, string>());
        Assert.Equal(400, response.Status);
        Assert.Contains("tick the box", await response.TextAsync(), StringComparison.Ordinal);
        await ana.Context.CloseAsync();
        Assert.Equal(AlertStatus.Open, (await ReviewData.CurrentAsync(web.Engine, alert.Id)).Status);
        Assert.Equal(partyId, (await web.Engine.Parties.GetAsync(Core.Access.Actor.System, partyId, CancellationToken.None)).Id);
    }

    [BrowserFact]
    public async Task APartyWhoseIdHasSlashesAndSpacesOpensFromTheListAndCanBeScreenedAgain()
    {
        var prefix = ReviewData.NewPartyId("web-slash");
        var partyId = prefix + "/2026/C 17";
        await ReviewData.RaiseAlertAsync(web.Engine, partyId);
        var ana = await web.SignedInAsync(WebUsers.Analyst);
        await ana.GotoAsync($"/ui/parties?q={Uri.EscapeDataString(prefix)}");
        await ana.GetByRole(AriaRole.Link, new() { Name = partyId }).ClickAsync();
        await Assertions.Expect(ana.Locator("dl.facts code")).ToHaveTextAsync(partyId);
        await ana.GetByRole(AriaRole.Button, new() { Name = "Screen again now" }).ClickAsync();
        await Assertions.Expect(ana.GetByRole(AriaRole.Status)).ToContainTextAsync("Party screened again: 0 new alerts");
        await Assertions.Expect(ana.Locator("dl.facts code")).ToHaveTextAsync(partyId);
        await ana.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task TheScreenUserCannotSeeOrAddParties()
    {
        var sam = await web.SignedInAsync(WebUsers.Screener);
        var list = await sam.GotoAsync("/ui/parties");
        Assert.Equal(403, list!.Status);
        await sam.GotoAsync("/ui/screen");
        var partyId = ReviewData.NewPartyId("web-sam-add");
        var response = await ReviewData.PostFormAsync(sam, "/ui/parties/new",
            new Dictionary<string, string> { ["Form.Id"] = partyId, ["Form.Name"] = "Someone Made Up" });
        Assert.True(ReviewData.IsRefused(response), $"status {response.Status}");
        await sam.Context.CloseAsync();
        await Assert.ThrowsAsync<Core.Review.NotFoundException>(() =>
            web.Engine.Parties.GetAsync(Core.Access.Actor.System, partyId, CancellationToken.None));
    }
}
