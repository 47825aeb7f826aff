namespace Embargo.Server.Tests;

public sealed class NativeApiTests(DemoServerFixture fixture) : IClassFixture<DemoServerFixture>
{
    [Fact]
    public async Task ScreeningOnePartyReturnsTheDocumentedFields()
    {
        var (status, body) = await Json.PostAsync(fixture.Screen, "/v1/screen", """{"name": "SHUGAYEV, Dmitry", "kind": "person", "birth_date": "1965-08-11", "country": "Russia"}""");
        Assert.Equal(200, status);
        Assert.True(body.GetProperty("demo_data").GetBoolean());
        Assert.Equal("demo", body.GetProperty("snapshots")[0].GetProperty("source").GetString());
        Assert.Equal("RU", body.GetProperty("query").GetProperty("country").GetString());
        var match = body.GetProperty("matches")[0];
        Assert.Equal("demo:shugayev-dmitry", match.GetProperty("entity_id").GetString());
        foreach (var field in new[] { "source", "source_id", "kind", "name", "matched_name", "score", "match", "programs", "explanation" })
            Assert.True(match.TryGetProperty(field, out _), field);
        Assert.True(match.GetProperty("match").GetBoolean());
        Assert.Contains(match.GetProperty("explanation").GetProperty("features").EnumerateArray(), f => f.GetProperty("id").GetString() == "dob_match");
    }

    [Fact]
    public async Task ScreeningManyPartiesKeepsTheirIdsAndOrder()
    {
        var (status, body) = await Json.PostAsync(fixture.Screen, "/v1/screen/many",
            """{"parties": [{"id": "c-1", "name": "Dmitry Shugaev"}, {"id": "c-2", "name": "Maria Gonzalez Fernandez"}], "threshold": 0.8}""");
        Assert.Equal(200, status);
        var results = body.GetProperty("results");
        Assert.Equal("c-1", results[0].GetProperty("id").GetString());
        Assert.True(results[0].GetProperty("matched").GetBoolean());
        Assert.Equal("c-2", results[1].GetProperty("id").GetString());
        Assert.False(results[1].GetProperty("matched").GetBoolean());
        Assert.Equal(1, body.GetProperty("parties_matched").GetInt32());
    }

    [Theory]
    [InlineData("""{"name": "Dmitry Shugaev", "birth_date": "1965-13-45"}""", "birth_date")]
    [InlineData("""{"name": "Dmitry Shugaev", "kind": "planet"}""", "kind")]
    [InlineData("""{"name": "Dmitry Shugaev", "country": "Atlantis"}""", "country")]
    [InlineData("""{"name": "Dmitry Shugaev", "threshold": 1.5}""", "threshold")]
    [InlineData("""{"name": "Dmitry Shugaev", "limit": "lots"}""", "limit")]
    [InlineData("""{"name": true}""", "name")]
    [InlineData("""{"kind": "person"}""", "name")]
    [InlineData("""{"name": ["a", "b"]}""", "name")]
    [InlineData("""[1, 2]""", "body")]
    [InlineData("""{"name": "Dmitry""", "body")]
    public async Task ABadFieldIs400NamingTheField(string json, string field)
    {
        var (status, body) = await Json.PostAsync(fixture.Screen, "/v1/screen", json);
        Assert.Equal(400, status);
        Assert.StartsWith(field, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadPartyInAListIsNamedByItsPosition()
    {
        var (status, body) = await Json.PostAsync(fixture.Screen, "/v1/screen/many", """{"parties": [{"name": "A B"}, {"name": ""}]}""");
        Assert.Equal(400, status);
        Assert.Equal("parties[1].name", body.GetProperty("field").GetString());
    }

    [Fact]
    public async Task AnEmptyBodyIs400()
    {
        using var response = await fixture.Screen.PostAsync("/v1/screen", new StringContent(""));
        Assert.Equal(400, (int)response.StatusCode);
    }

    [Fact]
    public async Task AnEntityIsServedAsStored()
    {
        var (status, body) = await Json.GetAsync(fixture.Screen, "/v1/entities/demo:shugayev-dmitry");
        Assert.Equal(200, status);
        Assert.Equal("SHUGAEV, Dmitry Evgenyevich", body.GetProperty("entity").GetProperty("aliases")[0].GetProperty("full").GetString());
        Assert.Equal("demo", body.GetProperty("snapshot").GetProperty("source").GetString());
    }

    [Fact]
    public async Task AnUnknownEntityIs404ProblemDetails()
    {
        var (status, body) = await Json.GetAsync(fixture.Screen, "/v1/entities/demo:nobody");
        Assert.Equal(404, status);
        Assert.Contains("demo:nobody", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(404, (await Json.GetAsync(fixture.Screen, "/v1/entities/us-ofac-sdn:1")).Status);
    }

    [Fact]
    public async Task SnapshotsAndAlgorithmAreDescribed()
    {
        var (status, snapshots) = await Json.GetAsync(fixture.Screen, "/v1/snapshots");
        Assert.Equal(200, status);
        Assert.True(snapshots.GetProperty("demo_only").GetBoolean());
        Assert.Equal("demo", snapshots.GetProperty("active")[0].GetProperty("source").GetString());
        var (_, history) = await Json.GetAsync(fixture.Screen, "/v1/snapshots/demo");
        Assert.Single(history.GetProperty("snapshots").EnumerateArray());
        var (_, algorithm) = await Json.GetAsync(fixture.Screen, "/v1/algorithm");
        Assert.Equal("embargo-v1", algorithm.GetProperty("name").GetString());
        Assert.Contains(algorithm.GetProperty("features").EnumerateArray(), f => f.GetProperty("id").GetString() == "name_similarity");
    }

    [Fact]
    public async Task ReadinessReportsTheIndexedLists()
    {
        using var anonymous = fixture.Server.Anonymous();
        var (status, body) = await Json.GetAsync(anonymous, "/readyz");
        Assert.Equal(200, status);
        Assert.Equal(40, body.GetProperty("entities").GetInt32());
    }

    [Fact]
    public async Task MetricsCountRequestsScreeningsAndSnapshots()
    {
        await Json.PostAsync(fixture.Screen, "/v1/screen", """{"name": "Dmitry Shugaev"}""");
        var text = await fixture.Screen.GetStringAsync("/metrics");
        Assert.Contains("embargo_http_requests_total{method=\"POST\",route=\"/v1/screen\",status=\"200\"}", text, StringComparison.Ordinal);
        Assert.Contains("embargo_http_request_duration_seconds_bucket{route=\"/v1/screen\",le=\"+Inf\"}", text, StringComparison.Ordinal);
        Assert.Contains("embargo_screenings_total{surface=\"api\"}", text, StringComparison.Ordinal);
        Assert.Contains("embargo_snapshot_info{source=\"demo\",version=\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOpenApiDocumentAndApiPageAreServed()
    {
        using var anonymous = fixture.Server.Anonymous();
        var (status, document) = await Json.GetAsync(anonymous, "/openapi/v1.json");
        Assert.Equal(200, status);
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/v1/screen", "/v1/screen/many", "/match/{dataset}", "/reconcile/{dataset}", "/search/{dataset}", "/healthz" })
            Assert.True(paths.TryGetProperty(path, out _), path);
        var page = await anonymous.GetStringAsync("/docs/index.html");
        Assert.Contains("swagger", page, StringComparison.OrdinalIgnoreCase);
    }
}
