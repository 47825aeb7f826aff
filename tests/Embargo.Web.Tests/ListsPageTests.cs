using System.Globalization;
using Microsoft.Playwright;

namespace Embargo.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class ListsPageTests(WebFixture web)
{
    [BrowserFact]
    public async Task TheListsPageShowsTheActiveUnSnapshotWithItsDatesAndCount()
    {
        var un = (await web.Engine.Store.GetActiveSnapshotsAsync(CancellationToken.None)).Single(s => s.Source == "un-sc");
        var page = await web.SignedInAsync(WebUsers.Screener);
        await page.GetByRole(AriaRole.Link, new() { Name = "Lists", Exact = true }).ClickAsync();
        var active = page.GetByRole(AriaRole.Table, new() { Name = "Active snapshots" });
        var row = active.GetByRole(AriaRole.Row).Filter(new() { HasText = "un-sc" });
        await Assertions.Expect(row).ToContainTextAsync(un.Version);
        await Assertions.Expect(row).ToContainTextAsync(un.Counts.Entities.ToString("N0", CultureInfo.InvariantCulture));
        await Assertions.Expect(row).ToContainTextAsync(un.ImportedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var section = page.Locator("#source-un-sc");
        await Assertions.Expect(section.Locator(".entity-count")).ToHaveTextAsync(un.Counts.Entities.ToString("N0", CultureInfo.InvariantCulture));
        await Assertions.Expect(section).ToContainTextAsync("first import");
        await Screenshots.SaveAsync(page, "33-lists");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task UpdateNowIsAbsentForNonAdministratorsAndTheirPostIsRefused()
    {
        foreach (var user in new[] { WebUsers.Screener, WebUsers.Analyst })
        {
            var page = await web.SignedInAsync(user);
            await page.GotoAsync("/ui/lists");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Active snapshots" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Update now" })).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Make active" })).ToHaveCountAsync(0);

            // A hand-made POST with the user's own valid anti-forgery token: the role policy refuses it all the same.
            var token = await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
            foreach (var path in new[] { "/ui/lists/update", "/ui/lists/activate" })
            {
                var response = await page.APIRequest.PostAsync(path, new()
                {
                    Form = page.APIRequest.CreateFormData().Set("__RequestVerificationToken", token!).Set("source", "un-sc").Set("version", "x"),
                    MaxRedirects = 0,
                });
                Assert.Equal(302, response.Status);
                Assert.Contains("/ui/denied", response.Headers["location"], StringComparison.Ordinal);
            }
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task UpdateNowForAnAdministratorReportsTheOutcomeAndAFailedDownloadLeavesTheActiveSnapshot()
    {
        var before = (await web.Engine.Store.GetActiveSnapshotsAsync(CancellationToken.None)).Single(s => s.Source == "un-sc");
        var page = await web.SignedInAsync(WebUsers.Admin);
        await page.GotoAsync("/ui/lists");
        await page.GetByLabel("Download the official lists and import what changed:").SelectOptionAsync("un-sc");
        await page.GetByRole(AriaRole.Button, new() { Name = "Update now" }).ClickAsync(new() { Timeout = 120_000 });
        await page.WaitForURLAsync("**/ui/lists/update", new() { Timeout = 120_000 });
        var failure = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(failure.Or(page.GetByRole(AriaRole.Status))).ToContainTextAsync("UN Security Council", new() { Timeout = 120_000 });
        if (await failure.CountAsync() > 0)
        {
            // Offline (as on the build machine): the service's own error, and nothing changed.
            await Assertions.Expect(failure).ToContainTextAsync("the update failed; the active snapshot is unchanged");
            Assert.True((await failure.InnerTextAsync()).Split('\n').Last().Trim().Length > 0);
            var after = (await web.Engine.Store.GetActiveSnapshotsAsync(CancellationToken.None)).Single(s => s.Source == "un-sc");
            Assert.Equal(before.Version, after.Version);
            await Screenshots.SaveAsync(page, "35-lists-update-failed");
        }
        await page.Context.CloseAsync();
    }
}
