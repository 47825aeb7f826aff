using System.Net;
using Embargo.Core.Access;
using Embargo.Hosting;
using Embargo.Testing;
using Embargo.Testing.Postgres;

namespace Embargo.Web.Tests;

/// <summary>Several nodes on one PostgreSQL behind a load balancer: a session begun on one node is good on every other.</summary>
public sealed class SharedSessionTests
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
        await using var appA = await FormClient.StartAsync(nodeA);
        await using var nodeB = await EmbargoEngine.OpenAsync(second.Path, database, TimeProvider.System, CancellationToken.None);
        await using var appB = await FormClient.StartAsync(nodeB);

        // Cookies do not depend on the port, so one cookie jar plays a browser behind a load balancer.
        var cookies = new CookieContainer();
        using var clientA = FormClient.For(appA, cookies);
        using var clientB = FormClient.For(appB, cookies);
        Assert.Equal(HttpStatusCode.Redirect, await FormClient.SignInAsync(clientA, "ana", "ana-password-1"));

        using var onB = await clientB.GetAsync(new Uri("/ui/screen", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Contains("Screen a party", await onB.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await appA.StopAsync();
        await appB.StopAsync();
    }
}
