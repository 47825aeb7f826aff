using System.Net;
using Embargo.Core.Access;
using Embargo.Core.Audit;
using Embargo.Hosting;
using Embargo.Hosting.Access;
using Embargo.Testing;
using Embargo.Web.Security;

namespace Embargo.Web.Tests;

/// <summary>Password guessing is slowed, and sign-ins are in the audit trail (a server of its own: the lock-out is per address).</summary>
public sealed class SignInThrottleTests
{
    [Fact]
    public async Task AfterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhileAndEveryTryIsInTheTrail()
    {
        await using var server = await AnaServer.StartAsync();
        using var client = FormClient.For(server.App);

        for (var i = 0; i < SignInThrottle.MaxFailures; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, await FormClient.SignInAsync(client, "ana", "wrong-" + i));
        Assert.Equal(HttpStatusCode.TooManyRequests, await FormClient.SignInAsync(client, "ana", "ana-password-1"));

        Assert.Equal(SignInThrottle.MaxFailures, (await server.ActionsAsync()).Count(a => a == AuditActions.UserSignInRefused));
    }

    [Fact]
    public async Task ASuccessfulSignInIsRecordedInTheTrail()
    {
        await using var server = await AnaServer.StartAsync();
        using var client = FormClient.For(server.App);

        Assert.Equal(HttpStatusCode.Redirect, await FormClient.SignInAsync(client, "ana", "ana-password-1"));

        Assert.Contains(AuditActions.UserSignIn, await server.ActionsAsync());
    }

    /// <summary>A server over a temporary data directory with one user, ana.</summary>
    private sealed class AnaServer(TempDirectory directory, EmbargoEngine engine, Microsoft.AspNetCore.Builder.WebApplication app) : IAsyncDisposable
    {
        public Microsoft.AspNetCore.Builder.WebApplication App => app;

        public static async Task<AnaServer> StartAsync()
        {
            var directory = new TempDirectory();
            var engine = await EmbargoEngine.OpenAsync(directory.Path, TimeProvider.System, CancellationToken.None);
            await engine.Users.AddAsync(Actor.System, "ana", "Ana", [ApiRole.Review], "ana-password-1", CancellationToken.None);
            return new AnaServer(directory, engine, await FormClient.StartAsync(engine));
        }

        /// <summary>The actions of the trail's records about ana, oldest first.</summary>
        public async Task<List<string>> ActionsAsync()
        {
            var actions = new List<string>();
            await foreach (var record in engine.Audit.ReadAsync(new AuditQuery { Subject = UserService.Subject("ana") }, CancellationToken.None))
                actions.Add(record.Entry.Action);
            return actions;
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
            await engine.DisposeAsync();
            directory.Dispose();
        }
    }
}
