using System.Net;
using System.Text.RegularExpressions;
using Embargo.Core.Access;
using Embargo.Core.Audit;
using Embargo.Hosting;
using Embargo.Hosting.Access;
using Embargo.Server;
using Embargo.Testing;
using Embargo.Web.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Embargo.Web.Tests;

/// <summary>Password guessing is slowed, and sign-ins are in the audit trail (a server of its own: the lock-out is per address).</summary>
public sealed partial class SignInThrottleTests
{
    [Fact]
    public async Task AfterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhileAndEveryTryIsInTheTrail()
    {
        using var directory = new TempDirectory();
        await using var engine = await EmbargoEngine.OpenAsync(directory.Path, TimeProvider.System, CancellationToken.None);
        await engine.Users.AddAsync(Actor.System, "ana", "Ana", [ApiRole.Review], "ana-password-1", CancellationToken.None);
        await using var app = EmbargoServer.Build(engine, new ServerOptions { Urls = ["http://127.0.0.1:0"] });
        await app.StartAsync();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()),
        };

        for (var i = 0; i < SignInThrottle.MaxFailures; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync(client, "ana", "wrong-" + i));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SignInAsync(client, "ana", "ana-password-1"));

        var actions = new List<string>();
        await foreach (var record in engine.Audit.ReadAsync(new AuditQuery { Subject = UserService.Subject("ana") }, CancellationToken.None))
            actions.Add(record.Entry.Action);
        Assert.Equal(SignInThrottle.MaxFailures, actions.Count(a => a == AuditActions.UserSignInRefused));
        await app.StopAsync();
    }

    [Fact]
    public async Task ASuccessfulSignInIsRecordedInTheTrail()
    {
        using var directory = new TempDirectory();
        await using var engine = await EmbargoEngine.OpenAsync(directory.Path, TimeProvider.System, CancellationToken.None);
        await engine.Users.AddAsync(Actor.System, "ana", "Ana", [ApiRole.Review], "ana-password-1", CancellationToken.None);
        await using var app = EmbargoServer.Build(engine, new ServerOptions { Urls = ["http://127.0.0.1:0"] });
        await app.StartAsync();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()),
        };

        Assert.Equal(HttpStatusCode.Redirect, await SignInAsync(client, "ana", "ana-password-1"));

        var actions = new List<string>();
        await foreach (var record in engine.Audit.ReadAsync(new AuditQuery { Subject = UserService.Subject("ana") }, CancellationToken.None))
            actions.Add(record.Entry.Action);
        Assert.Contains(AuditActions.UserSignIn, actions);
        await app.StopAsync();
    }

    private static async Task<HttpStatusCode> SignInAsync(HttpClient client, string user, string password)
    {
        var form = await client.GetStringAsync(new Uri("/ui/signin", UriKind.Relative));
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["user"] = user,
            ["password"] = password,
            ["__RequestVerificationToken"] = TokenField().Match(form).Groups[1].Value,
        });
        using var response = await client.PostAsync(new Uri("/ui/signin", UriKind.Relative), content);
        return response.StatusCode;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
