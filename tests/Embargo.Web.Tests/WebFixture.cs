using Embargo.Core.Access;
using Embargo.Hosting;
using Embargo.Lists.Import;
using Embargo.Server;
using Embargo.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Embargo.Web.Tests;

/// <summary>
/// A real Embargo server on 127.0.0.1 (a free port) over a temporary data directory with the UN consolidated list
/// imported from the shared data, the users of <see cref="WebUsers"/>, and a headless chromium to drive it.
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    private TempDirectory? _directory;
    private WebApplication? _app;
    private Browser? _browser;

    public EmbargoEngine Engine { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public Browser Browser => _browser ?? throw new InvalidOperationException("the fixture did not start");

    public async Task InitializeAsync()
    {
        // Outside CI a missing chromium or shared data skips the tests (BrowserFact); start nothing then.
        if (!SharedData.IsCi && (!File.Exists(Browser.ChromiumPath) || !SharedData.IsAvailable)) return;
        _directory = new TempDirectory();
        Engine = await EmbargoEngine.OpenAsync(_directory.Path, TimeProvider.System, CancellationToken.None);
        foreach (var list in Engine.Lists.Detect([SharedData.Path("lists", "un-2026-02-27", "consolidated.xml")], null))
            await Engine.Lists.ImportAsync(list, ImportOptions.Default, null, CancellationToken.None);
        foreach (var user in WebUsers.All)
            await Engine.Users.AddAsync(Actor.System, user.Id, user.Name, user.Roles, user.Password, CancellationToken.None);
        _app = EmbargoServer.Build(Engine, new ServerOptions { Urls = ["http://127.0.0.1:0"] });
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        _browser = await Browser.LaunchAsync();
    }

    /// <summary>A fresh browser context signed in as <paramref name="user"/> through the sign-in form.</summary>
    public async Task<IPage> SignedInAsync(WebUsers.Account user, bool phone = false, bool javaScript = true)
    {
        var page = await Browser.NewPageAsync(BaseAddress, phone, javaScript);
        await page.GotoAsync("/ui/signin");
        await page.GetByLabel("User").FillAsync(user.Id);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/ui/screen");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        if (Engine is not null) await Engine.DisposeAsync();
        _directory?.Dispose();
    }
}
