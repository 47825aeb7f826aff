using Microsoft.Playwright;

namespace Embargo.Web.Tests;

/// <summary>A signed-in page in a browser context with JavaScript turned off: the core flows must work there too.</summary>
public static class ScriptlessBrowsing
{
    public static async Task<IPage> SignedInAsync(WebFixture web, WebUsers.Account user)
    {
        var context = await web.Browser.Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = web.BaseAddress.ToString(),
            JavaScriptEnabled = false,
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/ui/signin");
        await page.GetByLabel("User").FillAsync(user.Id);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/ui/screen");
        return page;
    }
}
