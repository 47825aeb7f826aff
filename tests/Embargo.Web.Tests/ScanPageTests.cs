using Embargo.Testing;
using Microsoft.Playwright;

namespace Embargo.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class ScanPageTests(WebFixture web)
{
    // A made-up article naming one party the UN lists (KPi.033, RI WON HO) among invented people and firms.
    private const string Article = """
        PYONGYANG TRADE NOTES — Delegates from the Harrowgate Lantern Company met officials on Tuesday.
        According to the minutes, Ri Won Ho attended the second session with Quillon Barthwick, a consultant.
        The <b>closing</b> remarks & a toast <script>window.injected = true;</script> followed.
        """;

    [BrowserFact]
    public async Task AMentionInAnArticleIsMarkedInPlaceAndLeadsToItsEntity()
    {
        var page = await web.SignedInAsync(WebUsers.Screener);
        await page.GetByRole(AriaRole.Link, new() { Name = "Scan text" }).ClickAsync();
        await page.GetByLabel("Text", new() { Exact = true }).FillAsync(Article);
        await page.GetByRole(AriaRole.Button, new() { Name = "Scan" }).ClickAsync();

        var document = page.Locator(".document");
        var mark = document.Locator("mark.strong");
        await Assertions.Expect(mark).ToHaveCountAsync(1);
        await Assertions.Expect(mark).ToHaveTextAsync("Ri Won Ho");
        var link = mark.GetByRole(AriaRole.Link);
        await Assertions.Expect(link).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("RI WON HO \\(un-sc\\), score \\d\\.\\d\\d"));
        // The rest of the text is shown as written, around the mark.
        await Assertions.Expect(document).ToContainTextAsync("According to the minutes, Ri Won Ho attended the second session");
        await Assertions.Expect(page.Locator("ol.mentions li.strong")).ToContainTextAsync("RI WON HO");
        await Assertions.Expect(page.Locator("ol.mentions li.strong .tokens li").First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "32-scan");

        await link.ClickAsync();
        await page.WaitForURLAsync("**/ui/entities/**");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("RI WON HO");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("KPi.033");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task TheDocumentIsShownAsTextNeverAsMarkup()
    {
        var page = await web.SignedInAsync(WebUsers.Screener);
        await page.GotoAsync("/ui/scan");
        await page.GetByLabel("Text", new() { Exact = true }).FillAsync(Article);
        await page.GetByRole(AriaRole.Button, new() { Name = "Scan" }).ClickAsync();
        var document = page.Locator(".document");
        await Assertions.Expect(document).ToContainTextAsync("The <b>closing</b> remarks & a toast <script>window.injected = true;</script> followed.");
        await Assertions.Expect(document.Locator("b, script")).ToHaveCountAsync(0);
        Assert.False(await page.EvaluateAsync<bool>("() => window.injected === true"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task AnUploadedDocumentIsScannedAndBinaryDataIsRefusedWithTheReason()
    {
        using var folder = new TempDirectory();
        var text = folder.Write("memo.txt", Article, new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: true));
        var binary = Path.Combine(folder.Path, "image.png");
        await File.WriteAllBytesAsync(binary, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        var page = await web.SignedInAsync(WebUsers.Screener);
        await page.GotoAsync("/ui/scan");
        await page.GetByLabel("Or a document").SetInputFilesAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Scan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The document: memo.txt" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".document mark.strong")).ToHaveTextAsync("Ri Won Ho");

        await page.GetByLabel("Or a document").SetInputFilesAsync(binary);
        await page.GetByRole(AriaRole.Button, new() { Name = "Scan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("binary data");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task NothingToScanIsRefusedWithTheFieldNamed()
    {
        var page = await web.SignedInAsync(WebUsers.Screener);
        await page.GotoAsync("/ui/scan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Scan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Text:");
        await page.Context.CloseAsync();
    }
}
