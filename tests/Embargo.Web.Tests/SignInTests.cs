using System.Net;
using Microsoft.Playwright;

namespace Embargo.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class SignInTests(WebFixture web)
{
    [BrowserFact]
    public async Task APageAsksForSignInAndReturnsToItAfterwards()
    {
        var page = await web.Browser.NewPageAsync(web.BaseAddress);
        await page.GotoAsync("/ui/screen?name=Ri+Won+Ho");
        Assert.Contains("/ui/signin", page.Url, StringComparison.Ordinal);
        await Screenshots.SaveAsync(page, "01-sign-in");
        await page.GetByLabel("User").FillAsync(WebUsers.Analyst.Id);
        await page.GetByLabel("Password").FillAsync(WebUsers.Analyst.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/ui/screen?name=Ri+Won+Ho");
        await Assertions.Expect(page.Locator("header.top")).ToContainTextAsync(WebUsers.Analyst.Name);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task AWrongPasswordIsRefusedWithoutSayingWhetherTheUserExists()
    {
        var page = await web.Browser.NewPageAsync(web.BaseAddress);
        await page.GotoAsync("/ui/signin");
        await page.GetByLabel("User").FillAsync(WebUsers.Analyst.Id);
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        var wrongPassword = await page.GetByRole(AriaRole.Alert).InnerTextAsync();
        await page.GetByLabel("User").FillAsync("nobody-of-that-name");
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        var unknownUser = await page.GetByRole(AriaRole.Alert).InnerTextAsync();
        Assert.Equal(wrongPassword, unknownUser);
        Assert.Contains("/ui/signin", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task SigningOutEndsTheSession()
    {
        var page = await web.SignedInAsync(WebUsers.Analyst);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Signed out" })).ToBeVisibleAsync();
        await page.GotoAsync("/ui/screen");
        Assert.Contains("/ui/signin", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task AFormPostedWithoutItsAntiForgeryTokenIsRefused()
    {
        using var client = new HttpClient { BaseAddress = web.BaseAddress };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["user"] = WebUsers.Analyst.Id,
            ["password"] = WebUsers.Analyst.Password,
        });
        using var response = await client.PostAsync(new Uri("/ui/signin", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [BrowserFact]
    public async Task TheSessionCookieIsHttpOnlyAndSameSiteStrict()
    {
        var page = await web.SignedInAsync(WebUsers.Analyst);
        var cookie = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == "embargo_session");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        await page.Context.CloseAsync();
    }
}
