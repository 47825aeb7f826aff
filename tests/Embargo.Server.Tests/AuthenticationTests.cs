using System.Net;
using Embargo.Core.Access;

namespace Embargo.Server.Tests;

public sealed class AuthenticationTests(DemoServerFixture fixture) : IClassFixture<DemoServerFixture>
{
    private const string ScreenBody = """{"name": "Dmitry Shugaev"}""";

    [Fact]
    public async Task HealthzAnswersWithoutAKey()
    {
        using var client = fixture.Server.Anonymous();
        var (status, body) = await Json.GetAsync(client, "/healthz");
        Assert.Equal(200, status);
        Assert.Equal("ok", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ScreeningWithoutAKeyIs401WithProblemDetails()
    {
        using var client = fixture.Server.Anonymous();
        using var response = await client.PostAsync("/v1/screen", Json.Body(ScreenBody));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ApiKey", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        var body = await Json.ReadAsync(response);
        Assert.Equal(401, body.GetProperty("status").GetInt32());
        Assert.Contains("keys create", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownKeyIs401()
    {
        using var client = fixture.Server.WithKey("emb_0123456789_0123456789012345678901234567890123456789");
        var (status, _) = await Json.PostAsync(client, "/v1/screen", ScreenBody);
        Assert.Equal(401, status);
    }

    [Fact]
    public async Task ARevokedKeyStopsWorking()
    {
        var token = await fixture.Server.CreateKeyAsync(ApiRole.Screen);
        using var client = fixture.Server.WithKey(token);
        Assert.Equal(200, (await Json.PostAsync(client, "/v1/screen", ScreenBody)).Status);
        Assert.True(ApiKeySecret.TryGetId(token, out var id));
        Assert.True(await fixture.Server.Engine.Keys.RevokeAsync(id, CancellationToken.None));
        Assert.Equal(401, (await Json.PostAsync(client, "/v1/screen", ScreenBody)).Status);
    }

    [Theory]
    [InlineData("ApiKey")]
    [InlineData("Bearer")]
    public async Task TheKeyIsAcceptedInTheAuthorizationHeader(string scheme)
    {
        using var client = fixture.Server.WithKey(await fixture.Server.CreateKeyAsync(ApiRole.Screen), scheme);
        Assert.Equal(200, (await Json.PostAsync(client, "/v1/screen", ScreenBody)).Status);
    }

    [Fact]
    public async Task TheKeyIsAcceptedAsXApiKeyHeaderAndQueryParameter()
    {
        var token = await fixture.Server.CreateKeyAsync(ApiRole.Screen);
        using var header = fixture.Server.Anonymous();
        header.DefaultRequestHeaders.Add("X-API-Key", token);
        Assert.Equal(200, (await Json.PostAsync(header, "/v1/screen", ScreenBody)).Status);
        using var query = fixture.Server.Anonymous();
        Assert.Equal(200, (await Json.PostAsync(query, $"/v1/screen?api_key={token}", ScreenBody)).Status);
    }

    [Fact]
    public async Task AScreenKeyIsForbiddenFromAdministration()
    {
        var (status, body) = await Json.GetAsync(fixture.Screen, "/v1/keys");
        Assert.Equal(403, status);
        Assert.Contains("screen", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(403, (await Json.GetAsync(fixture.Review, "/v1/keys")).Status);
    }

    [Fact]
    public async Task AnAdminKeyListsKeysWithoutTheirSecrets()
    {
        using var response = await fixture.Admin.GetAsync("/v1/keys");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"role\":\"admin\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("emb_", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hash", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReviewKeyMayScreen()
    {
        Assert.Equal(200, (await Json.PostAsync(fixture.Review, "/v1/screen", ScreenBody)).Status);
    }
}
