using System.Net.Http.Headers;
using Embargo.Core.Access;
using Embargo.Hosting;
using Embargo.Lists.Import;
using Embargo.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Embargo.Server.Tests;

/// <summary>A real Embargo server on 127.0.0.1 (a free port) over a temporary data directory, and clients for it.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly TempDirectory _directory;
    private readonly WebApplication _app;

    private RunningServer(TempDirectory directory, EmbargoEngine engine, WebApplication app, Uri baseAddress)
    {
        _directory = directory;
        Engine = engine;
        _app = app;
        BaseAddress = baseAddress;
    }

    public EmbargoEngine Engine { get; }
    public Uri BaseAddress { get; }

    /// <summary>Starts a server; <paramref name="lists"/> are imported first (shared-data paths), else the demo list is active.</summary>
    public static Task<RunningServer> StartAsync(ServerOptions? options = null, params string[] lists) => StartOnAsync(null, options, lists);

    /// <summary>Starts a server on a PostgreSQL store (a connection string), or on SQLite when it is null.</summary>
    public static async Task<RunningServer> StartOnAsync(string? postgres, ServerOptions? options = null, params string[] lists)
    {
        var directory = new TempDirectory();
        var engine = await EmbargoEngine.OpenAsync(directory.Path, postgres, TimeProvider.System, CancellationToken.None);
        foreach (var list in lists.Length == 0 ? [] : engine.Lists.Detect(lists, null))
            await engine.Lists.ImportAsync(list, ImportOptions.Default, null, CancellationToken.None);
        var app = EmbargoServer.Build(engine, (options ?? new ServerOptions()) with { Urls = ["http://127.0.0.1:0"] });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningServer(directory, engine, app, new Uri(address));
    }

    public HttpClient Anonymous() => new() { BaseAddress = BaseAddress };

    public HttpClient WithKey(string token, string scheme = "ApiKey")
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(scheme, token);
        return client;
    }

    public async Task<string> CreateKeyAsync(ApiRole role, int? rateLimitPerSecond = 0)
    {
        var (_, token) = await Engine.Keys.CreateAsync($"test {role}", role, rateLimitPerSecond, CancellationToken.None);
        return token;
    }

    public async Task<HttpClient> ClientAsync(ApiRole role = ApiRole.Screen) => WithKey(await CreateKeyAsync(role));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Engine.DisposeAsync();
        _directory.Dispose();
    }
}
