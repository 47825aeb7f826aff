using System.Net;
using System.Text.RegularExpressions;
using Embargo.Core.Access;
using Embargo.Hosting;
using Embargo.Server;
using Embargo.Testing;
using Embargo.Testing.Postgres;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Embargo.Web.Tests;

/// <summary>Several nodes on one PostgreSQL behind a load balancer: a session begun on one node is good on every other.</summary>
public sealed partial class SharedSessionTests
{
    [PostgresFact]
    public async Task ASignInOnOneNodeIsHonouredByAnotherNodeOfTheSameDatabase()
    {
        var postgres = await PostgresServer.Shared;
        var database = await postgres.CreateDatabaseAsync();
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        await using var nodeA = await EmbargoEngine.OpenAsync(first.Path, database, TimeProvider.System, CancellationToken.None);
        await nodeA.Users.AddAsync(Actor.System, "ana", "Ana", [ApiRole.Review], "ana-password-1", CancellationToken.None);
        await using var appA = await StartAsync(nodeA);
        await using var nodeB = await EmbargoEngine.OpenAsync(second.Path, database, TimeProvider.System, CancellationToken.None);
        await using var appB = await StartAsync(nodeB);

        // Cookies do not depend on the port, so one cookie jar plays a browser behind a load balancer.
        var cookies = new CookieContainer();
        using var clientA = Client(appA, cookies);
        using var clientB = Client(appB, cookies);
        var form = await clientA.GetStringAsync(new Uri("/ui/signin", UriKind.Relative));
        using var signIn = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["user"] = "ana",
            ["password"] = "ana-password-1",
            ["__RequestVerificationToken"] = TokenField().Match(form).Groups[1].Value,
        });
        using (var signedIn = await clientA.PostAsync(new Uri("/ui/signin", UriKind.Relative), signIn))
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        using var onB = await clientB.GetAsync(new Uri("/ui/screen", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Contains("Screen a party", await onB.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await appA.StopAsync();
        await appB.StopAsync();
    }

    private static async Task<WebApplication> StartAsync(EmbargoEngine engine)
    {
        var app = EmbargoServer.Build(engine, new ServerOptions { Urls = ["http://127.0.0.1:0"] });
        await app.StartAsync();
        return app;
    }

    private static HttpClient Client(WebApplication app, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()),
        };

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
