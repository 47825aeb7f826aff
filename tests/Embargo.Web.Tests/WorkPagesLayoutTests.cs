using Microsoft.Playwright;

namespace Embargo.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class WorkPagesLayoutTests(WebFixture web)
{
    [BrowserFact]
    public async Task TheBatchScanListsAndAuditPagesFitAPhoneWithoutSidewaysScrolling()
    {
        var page = await web.SignedInAsync(WebUsers.Admin, phone: true);
        foreach (var (path, screenshot) in new[] { ("/ui/batch", "37-batch-phone"), ("/ui/scan", "38-scan-phone"), ("/ui/lists", "39-lists-phone"), ("/ui/audit?handler=Verify", "40-audit-phone") })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            if (path == "/ui/scan")
            {
                await page.GetByLabel("Text", new() { Exact = true }).FillAsync("Minutes of the meeting: Ri Won Ho attended, with Quillon Barthwick.");
                await page.GetByRole(AriaRole.Button, new() { Name = "Scan" }).ClickAsync();
                await Assertions.Expect(page.Locator(".document mark")).ToHaveCountAsync(1);
            }
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
            Assert.False(overflow, $"{path} scrolls sideways at phone width");
            await Screenshots.SaveAsync(page, screenshot);
        }
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task EveryFieldOfTheWorkPagesHasALabel()
    {
        var page = await web.SignedInAsync(WebUsers.Admin);
        foreach (var path in new[] { "/ui/batch", "/ui/scan", "/ui/lists", "/ui/audit" })
        {
            await page.GotoAsync(path);
            var unlabelled = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('main input:not([type=hidden]), main select, main textarea')]
                    .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))
                    .map(e => e.name || e.id)
                """);
            Assert.True(unlabelled.Length == 0, $"{path}: unlabelled {string.Join(", ", unlabelled)}");
        }
        await page.Context.CloseAsync();
    }
}
