using Embargo.Core.Access;

namespace Embargo.Server.Tests;

/// <summary>One server over the built-in demo list, shared by a test class, with a key per role.</summary>
public sealed class DemoServerFixture : IAsyncLifetime
{
    public RunningServer Server { get; private set; } = null!;
    public HttpClient Screen { get; private set; } = null!;
    public HttpClient Review { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await RunningServer.StartAsync();
        Screen = await Server.ClientAsync(ApiRole.Screen);
        Review = await Server.ClientAsync(ApiRole.Review);
        Admin = await Server.ClientAsync(ApiRole.Admin);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
