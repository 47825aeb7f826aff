using System.Globalization;
using Embargo.Lists.Import;
using Embargo.Testing;
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

    [BrowserFact]
    public async Task TheLastUpdateOfAListShowsWhatWasAddedRemovedAndChangedWithLinksAndAnAdministratorCanRollItBack()
    {
        // A custom list of invented parties in two versions: one entry dropped, one added, one amended.
        const string source = "web-lists-test";
        using var folder = new TempDirectory();
        var first = folder.Write("v1/list.json", CustomList(source,
            Entry("alpha", "Corvina Althaus-Menzel", "WEB-1"), Entry("beta", "Torvald Quimby-Renshaw", "WEB-1"), Entry("gamma", "Ysolde Marchetti-Brann", "WEB-1")));
        var second = folder.Write("v2/list.json", CustomList(source,
            Entry("alpha", "Corvina Althaus-Menzel", "WEB-1"), Entry("gamma", "Ysolde Marchetti-Brann", "WEB-2"), Entry("delta", "Ambrose Fenwick-Olaleye", "WEB-1")));
        foreach (var path in new[] { first, second })
        {
            foreach (var list in web.Engine.Lists.Detect([path], source))
                await web.Engine.Lists.ImportAsync(list, ImportOptions.Default, null, CancellationToken.None);
        }
        var history = await web.Engine.Lists.HistoryAsync(source, CancellationToken.None);
        var (newer, older) = (history[0], history[1]);

        var page = await web.SignedInAsync(WebUsers.Admin);
        await page.GotoAsync("/ui/lists");
        var section = page.Locator($"#source-{source}");
        await Assertions.Expect(section).ToContainTextAsync("1 added, 1 removed, 1 changed");
        await Assertions.Expect(section.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ysolde Marchetti-Brann" })).ToContainTextAsync("programs");
        await section.Locator("details summary").ClickAsync();
        await Screenshots.SaveAsync(page, "36-lists-diff");

        await section.GetByRole(AriaRole.Link, new() { Name = "Ambrose Fenwick-Olaleye" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ambrose Fenwick-Olaleye");
        await page.GoBackAsync();
        // A removed entity is only in the older snapshot: its link names that version.
        await section.GetByRole(AriaRole.Link, new() { Name = "Torvald Quimby-Renshaw" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Torvald Quimby-Renshaw");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync(older.Version);
        await page.GoBackAsync();

        await section.GetByRole(AriaRole.Link, new() { Name = "Every change" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(source);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"From {older.Version}");

        // Rolling back to the older version, then forward again, as POST /v1/snapshots/{source}/{version}/activate does.
        await page.GotoAsync("/ui/lists");
        await section.Locator("details summary").ClickAsync();
        await section.GetByRole(AriaRole.Button, new() { Name = $"Make {older.Version} the active snapshot of {source}" }).ClickAsync();
        await Assertions.Expect(section.Locator("dl.facts").First).ToContainTextAsync(older.Version);
        Assert.Equal(older.Version, (await web.Engine.Lists.ResolveSnapshotAsync(source, null, CancellationToken.None)).Version);
        await section.Locator("details summary").ClickAsync();
        await section.GetByRole(AriaRole.Button, new() { Name = $"Make {newer.Version} the active snapshot of {source}" }).ClickAsync();
        await Assertions.Expect(section.Locator("dl.facts").First).ToContainTextAsync(newer.Version);
        await page.Context.CloseAsync();
    }

    private static string Entry(string id, string name, string program) =>
        $$"""{ "source_id": "{{id}}", "kind": "person", "name": { "full": "{{name}}" }, "programs": ["{{program}}"] }""";

    private static string CustomList(string source, params string[] entries) => $$"""
        { "format": "embargo-list/1", "source": "{{source}}", "title": "Web test list", "entries": [ {{string.Join(", ", entries)}} ] }
        """;
}
