using Embargo.Core.Access;
using Embargo.Hosting;
using Embargo.Testing;

namespace Embargo.Server.Tests;

public sealed class ServerOptionsTests
{
    [Theory]
    [InlineData("http://0.0.0.0:8080")]
    [InlineData("http://*:8080")]
    [InlineData("http://192.168.1.10:8080")]
    public async Task NoAuthIsRefusedOnANonLoopbackAddress(string url)
    {
        using var directory = new TempDirectory();
        await using var engine = await EmbargoEngine.OpenAsync(directory.Path, TimeProvider.System, CancellationToken.None);
        var error = Assert.Throws<InvalidOperationException>(() => EmbargoServer.Build(engine, new ServerOptions { Urls = [url], NoAuth = true }));
        Assert.Contains("loopback", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoAuthOnLoopbackServesWithoutAKey()
    {
        await using var server = await RunningServer.StartAsync(new ServerOptions { NoAuth = true });
        using var client = server.Anonymous();
        var (status, body) = await Json.PostAsync(client, "/v1/screen", """{"name": "Dmitry Shugaev"}""");
        Assert.Equal(200, status);
        Assert.True(body.GetProperty("matches")[0].GetProperty("match").GetBoolean());
    }

    [Fact]
    public async Task AKeyOverItsRateLimitGets429WithRetryAfter()
    {
        await using var server = await RunningServer.StartAsync();
        using var client = server.WithKey(await server.CreateKeyAsync(ApiRole.Screen, rateLimitPerSecond: 2));
        var statuses = new List<int>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 6; i++)
        {
            var response = await client.PostAsync("/v1/screen", Json.Body("""{"name": "Dmitry Shugaev"}"""));
            statuses.Add((int)response.StatusCode);
            if ((int)response.StatusCode == 429) limited ??= response;
        }
        Assert.Equal(200, statuses[0]);
        Assert.Contains(429, statuses);
        Assert.Equal("1", limited!.Headers.RetryAfter?.ToString());
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ABodyOverTheLimitIs413()
    {
        await using var server = await RunningServer.StartAsync(new ServerOptions { MaxRequestBodyBytes = 1024 });
        using var client = await server.ClientAsync();
        var (status, body) = await Json.PostAsync(client, "/v1/screen", $$"""{"name": "{{new string('a', 5000)}}"}""");
        Assert.Equal(413, status);
        Assert.Equal(413, body.GetProperty("status").GetInt32());
    }
}
