using Microsoft.Playwright;

namespace Embargo.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class AuditPageTests(WebFixture web)
{
    [BrowserFact]
    public async Task AnAdministratorSeesTheTrailNewestFirstAndTheChainVerifiesAsIntact()
    {
        var page = await web.SignedInAsync(WebUsers.Admin);
        await page.GetByRole(AriaRole.Link, new() { Name = "Audit" }).ClickAsync();
        var sequences = await page.Locator("table.audit tbody th[scope=row]").AllInnerTextsAsync();
        Assert.NotEmpty(sequences);
        var numbers = sequences.Select(long.Parse).ToList();
        Assert.Equal(numbers.OrderByDescending(n => n), numbers);

        await page.GetByRole(AriaRole.Button, new() { Name = "Verify the chain" }).ClickAsync();
        var result = page.Locator("#verification");
        await Assertions.Expect(result.GetByRole(AriaRole.Heading)).ToHaveTextAsync("✔ The chain is intact");
        var checkedRecords = long.Parse(await result.Locator("[data-field=records]").InnerTextAsync(), System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(checkedRecords >= numbers[0], $"checked {checkedRecords}, newest record {numbers[0]}");
        await Assertions.Expect(result).Not.ToContainTextAsync("First broken record");
        await Screenshots.SaveAsync(page, "34-audit");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task TheTrailFiltersByActionActorAndDateAndABadDateIsNamed()
    {
        var page = await web.SignedInAsync(WebUsers.Admin);
        await page.GotoAsync("/ui/audit?subject=user:sam");
        // Following a record's action link filters by that action (sam's newest records may be sign-ins).
        await page.Locator("table.audit tbody tr td:nth-child(4) a", new() { HasText = "user.add" }).First.ClickAsync();
        await Assertions.Expect(page.GetByLabel("Action")).ToHaveValueAsync("user.add");
        await Assertions.Expect(page.GetByLabel("Subject")).ToHaveValueAsync("");
        await page.GetByLabel("Action").FillAsync("user.add");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        var actions = await page.Locator("table.audit tbody tr td:nth-child(4)").AllInnerTextsAsync();
        Assert.True(actions.Count >= WebUsers.All.Count);
        Assert.All(actions, a => Assert.Equal("user.add", a));
        await Assertions.Expect(page.Locator("table.audit")).ToContainTextAsync("user:ada");

        // Following an actor's link filters by that actor; a range that ended yesterday holds none of today's records.
        await page.Locator("table.audit tbody tr td:nth-child(3) a").First.ClickAsync();
        var actor = await page.GetByLabel("Actor").InputValueAsync();
        Assert.False(string.IsNullOrEmpty(actor));
        Assert.All(await page.Locator("table.audit tbody tr td:nth-child(3)").AllInnerTextsAsync(), a => Assert.Equal(actor, a));
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.GotoAsync($"/ui/audit?to={yesterday}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "0 records matching" })).ToBeVisibleAsync();

        await page.GotoAsync("/ui/audit?from=last+week");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("From:");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task TheTrailExportsAsCsv()
    {
        var page = await web.SignedInAsync(WebUsers.Admin);
        await page.GotoAsync("/ui/audit");
        var file = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "CSV" }).ClickAsync());
        Assert.Equal("embargo-audit.csv", file.SuggestedFilename);
        var lines = await File.ReadAllLinesAsync((await file.PathAsync())!);
        Assert.Equal("seq,at,actor,action,subject,before,after,list_versions,previous_hash,hash", lines[0]);
        Assert.Contains(lines, l => l.Contains(",user.add,user:sam,", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task UsersWithoutTheAdministratorRoleAreRefusedTheTrailAsTheApiRefusesThem()
    {
        foreach (var user in new[] { WebUsers.Screener, WebUsers.Analyst, WebUsers.Approver })
        {
            var page = await web.SignedInAsync(user);
            foreach (var path in new[] { "/ui/audit", "/ui/audit?handler=Verify", "/ui/audit?handler=Export&format=csv" })
            {
                var response = await page.GotoAsync(path);
                Assert.Equal(403, response!.Status);
                Assert.Contains("/ui/denied", page.Url, StringComparison.Ordinal);
                await Assertions.Expect(page.Locator("table.audit")).ToHaveCountAsync(0);
            }
            await page.Context.CloseAsync();
        }
    }
}
