using Microsoft.Playwright;

namespace Embargo.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class ScreeningPageTests(WebFixture web)
{
    [BrowserFact]
    public async Task ScreeningANameShowsTheMatchWithItsReasonsAndOpensTheEntityPage()
    {
        var page = await web.SignedInAsync(WebUsers.Screener);
        // UN KPi.033 is listed as RI WON HO, born 17 July 1964; the query has the given name first.
        await page.GetByLabel("Name").FillAsync("Won Ho Ri");
        await page.GetByLabel("Date of birth").FillAsync("1964-07-17");
        await page.GetByRole(AriaRole.Button, new() { Name = "Screen" }).ClickAsync();
        var result = page.Locator("article.result.hit").First;
        await Assertions.Expect(result).ToContainTextAsync("RI WON HO");
        await Assertions.Expect(result).ToContainTextAsync("potential match");
        await Assertions.Expect(result.Locator(".tokens li.exact")).ToHaveCountAsync(3);
        await Assertions.Expect(result.Locator(".evidence")).ToContainTextAsync("dob match");
        await Screenshots.SaveAsync(page, "02-screen-results");

        await result.GetByRole(AriaRole.Link, new() { Name = "RI WON HO" }).ClickAsync();
        await page.WaitForURLAsync("**/ui/entities/**");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("RI WON HO");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("KPi.033");
        await Assertions.Expect(page.Locator(".meaning")).ToContainTextAsync("UN Security Council sanctions");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Passport");
        await Screenshots.SaveAsync(page, "03-entity");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task ABadFieldIsNamedAndNothingIsScreened()
    {
        var page = await web.SignedInAsync(WebUsers.Screener);
        await page.GotoAsync("/ui/screen?name=Won+Ho+Ri&birthdate=17th+of+July");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Date of birth");
        await Assertions.Expect(page.Locator("article.result")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task TheScreenPageFitsAPhoneWithoutSidewaysScrolling()
    {
        var page = await web.SignedInAsync(WebUsers.Screener, phone: true);
        await page.GotoAsync("/ui/screen?name=Won+Ho+Ri");
        await Assertions.Expect(page.Locator("article.result").First).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow);
        await Screenshots.SaveAsync(page, "04-screen-phone");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task TheScreenFormWorksFromTheKeyboardAlone()
    {
        var page = await web.SignedInAsync(WebUsers.Screener);
        await Assertions.Expect(page.GetByLabel("Name")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Ri Won Ho");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("article.result.hit").First).ToContainTextAsync("RI WON HO");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task AnUnknownEntityIsNotFound()
    {
        var page = await web.SignedInAsync(WebUsers.Screener);
        var response = await page.GotoAsync("/ui/entities/un-sc:no-such-entity");
        Assert.Equal(404, response!.Status);
        await page.Context.CloseAsync();
    }
}
