namespace Embargo.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class AccessibilityTests(WebFixture web)
{
    [AccessibilityFact]
    public async Task TheMainPagesBreakNoWcagAaRuleThatAxeChecks()
    {
        var signIn = await web.Browser.NewPageAsync(web.BaseAddress);
        await signIn.GotoAsync("/ui/signin");
        var found = new List<string>();
        foreach (var violation in await Accessibility.ViolationsAsync(signIn)) found.Add("/ui/signin: " + violation);
        await signIn.Context.CloseAsync();

        var page = await web.SignedInAsync(WebUsers.Admin);
        string[] pages =
        [
            "/ui/screen?name=Won+Ho+Ri&birthdate=1964-07-17",
            "/ui/entities/un-sc:6908555",
            "/ui/alerts",
            "/ui/parties",
            "/ui/batch",
            "/ui/scan",
            "/ui/lists",
            "/ui/audit",
        ];
        foreach (var path in pages)
        {
            await page.GotoAsync(path);
            foreach (var violation in await Accessibility.ViolationsAsync(page)) found.Add(path + ": " + violation);
        }
        await page.Context.CloseAsync();
        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
