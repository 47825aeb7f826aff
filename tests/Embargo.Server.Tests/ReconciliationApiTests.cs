using System.Text.Json;

namespace Embargo.Server.Tests;

/// <summary>The W3C reconciliation API as OpenRefine uses it, checked against the spec's own JSON schemas.</summary>
public sealed class ReconciliationApiTests(DemoServerFixture fixture) : IClassFixture<DemoServerFixture>
{
    private const string Queries = """{"q0": {"query": "Dmitry Shugayev", "type": "Person", "limit": 3, "properties": [{"pid": "birthDate", "v": "1965"}]}, "q1": {"query": "Rosoboronexport"}}""";

    [SchemaCheckFact]
    public async Task TheManifestIsValid()
    {
        var json = await fixture.Screen.GetStringAsync("/reconcile/default");
        await AssertValidAsync("manifest.json", json);
        using var document = JsonDocument.Parse(json);
        Assert.Contains("{{id}}", document.RootElement.GetProperty("preview").GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [SchemaCheckFact]
    public async Task AQueryBatchPostedAsAFormGetsAValidResultBatch()
    {
        using var response = await fixture.Screen.PostAsync("/reconcile/default", new FormUrlEncodedContent([new("queries", Queries)]));
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, json);
        await AssertValidAsync("reconciliation-result-batch.json", json);
        using var document = JsonDocument.Parse(json);
        var top = document.RootElement.GetProperty("q0").GetProperty("result")[0];
        Assert.Equal("demo:shugayev-dmitry", top.GetProperty("id").GetString());
        Assert.True(top.GetProperty("match").GetBoolean());
        Assert.InRange(top.GetProperty("score").GetDouble(), 80, 100);
    }

    [SchemaCheckFact]
    public async Task AQueryBatchSentByGetIsAnsweredTheSameWay()
    {
        var json = await fixture.Screen.GetStringAsync($"/reconcile/default?queries={Uri.EscapeDataString(Queries)}");
        await AssertValidAsync("reconciliation-result-batch.json", json);
    }

    [SchemaCheckFact]
    public async Task SuggestResponsesAreValid()
    {
        await AssertValidAsync("suggest-entities-response.json", await fixture.Screen.GetStringAsync("/reconcile/default/suggest/entity?prefix=Shugayev"));
        await AssertValidAsync("suggest-types-response.json", await fixture.Screen.GetStringAsync("/reconcile/default/suggest/type?prefix=Pe"));
        await AssertValidAsync("suggest-properties-response.json", await fixture.Screen.GetStringAsync("/reconcile/default/suggest/property?prefix=birth"));
    }

    [Fact]
    public async Task ThePreviewIsEscapedHtml()
    {
        using var response = await fixture.Screen.GetAsync("/reconcile/default/preview?id=demo:shugayev-dmitry");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Dmitry Evgenyevich Shugayev", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json", "queries")]
    [InlineData("""{"q0": {"query": "X", "type": "Planet"}}""", "queries.q0.type")]
    [InlineData("""{"q0": {"query": "X", "properties": [{"v": "1"}]}}""", "queries.q0.properties[0].pid")]
    public async Task ABadQueryBatchIs400NamingTheField(string queries, string field)
    {
        using var response = await fixture.Screen.PostAsync("/reconcile/default", new FormUrlEncodedContent([new("queries", queries)]));
        Assert.Equal(400, (int)response.StatusCode);
        var body = await Json.ReadAsync(response);
        Assert.Equal(field, body.GetProperty("field").GetString());
    }

    private static async Task AssertValidAsync(string schema, string json)
    {
        var (valid, output) = await SchemaCheck.ValidateAsync(schema, json);
        Assert.True(valid, $"{schema}: {output}\n{json}");
    }
}
