using System.Text.Json;

namespace Embargo.Server.Tests;

/// <summary>yente's API as its clients use it: the same requests, the response fields they read.</summary>
public sealed class YenteApiTests(DemoServerFixture fixture) : IClassFixture<DemoServerFixture>
{
    // The request a yente client sends (as yente's documentation shows it), unchanged but for the base URL.
    private const string MatchRequest = """
        {
          "queries": {
            "q1": {"schema": "Person", "properties": {"name": ["Dmitry Shugayev"], "birthDate": ["1965"], "nationality": ["ru"]}},
            "q2": {"schema": "Company", "properties": {"name": "Rosoboronexport"}},
            "q3": {"schema": "Person", "properties": {"firstName": ["Maria"], "lastName": ["Gonzalez Fernandez"]}}
          }
        }
        """;

    [Fact]
    public async Task AYenteMatchRequestGetsAYenteShapedResponse()
    {
        var (status, body) = await Json.PostAsync(fixture.Screen, "/match/default?algorithm=logic-v2&threshold=0.7&limit=3", MatchRequest);
        Assert.Equal(200, status);
        Assert.Equal(3, body.GetProperty("limit").GetInt32());
        Assert.True(body.GetProperty("matcher").TryGetProperty("name_similarity", out var feature));
        Assert.True(feature.TryGetProperty("coefficient", out _));
        var q1 = body.GetProperty("responses").GetProperty("q1");
        Assert.Equal(200, q1.GetProperty("status").GetInt32());
        Assert.Equal("Person", q1.GetProperty("query").GetProperty("schema").GetString());
        var top = q1.GetProperty("results")[0];
        Assert.Equal("demo:shugayev-dmitry", top.GetProperty("id").GetString());
        Assert.Equal("Person", top.GetProperty("schema").GetString());
        Assert.Equal("Dmitry Evgenyevich Shugayev", top.GetProperty("caption").GetString());
        Assert.Contains("ru", top.GetProperty("properties").GetProperty("nationality").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("embargo_demo", top.GetProperty("datasets")[0].GetString());
        Assert.True(top.GetProperty("match").GetBoolean());
        Assert.InRange(top.GetProperty("score").GetDouble(), 0.7, 1.0);
        Assert.Equal(JsonValueKind.Object, top.GetProperty("features").ValueKind);
        Assert.Equal(JsonValueKind.Object, top.GetProperty("explanations").ValueKind);
        Assert.True(q1.GetProperty("total").GetProperty("value").GetInt32() >= 1);
        Assert.Equal("eq", q1.GetProperty("total").GetProperty("relation").GetString());

        var q2 = body.GetProperty("responses").GetProperty("q2").GetProperty("results")[0];
        Assert.Equal("Organization", q2.GetProperty("schema").GetString());
        Assert.True(q2.GetProperty("match").GetBoolean());
        var q3 = body.GetProperty("responses").GetProperty("q3").GetProperty("results");
        Assert.DoesNotContain(q3.EnumerateArray(), r => r.GetProperty("match").GetBoolean());
    }

    [Theory]
    [InlineData("""{"queries": {"q1": {"schema": "Planet", "properties": {"name": ["X"]}}}}""", "queries.q1.schema")]
    [InlineData("""{"queries": {"q1": {"schema": "Person", "properties": {"birthDate": ["1965"]}}}}""", "queries.q1.properties.name")]
    [InlineData("""{"queries": {"q1": {"schema": "Person", "properties": {"name": ["A B"], "birthDate": ["soon"]}}}}""", "queries.q1.properties.birthDate")]
    [InlineData("""{"queries": {"q1": {"schema": "Person", "properties": {"name": [{"x": 1}]}}}}""", "queries.q1.properties.name")]
    [InlineData("""{"queries": []}""", "queries")]
    public async Task ABadQueryIs400NamingTheField(string json, string field)
    {
        var (status, body) = await Json.PostAsync(fixture.Screen, "/match/default", json);
        Assert.Equal(400, status);
        Assert.Equal(field, body.GetProperty("field").GetString());
    }

    [Fact]
    public async Task AnUnknownAlgorithmIs400AndAnUnknownDataset404()
    {
        Assert.Equal(400, (await Json.PostAsync(fixture.Screen, "/match/default?algorithm=magic", MatchRequest)).Status);
        var (status, body) = await Json.PostAsync(fixture.Screen, "/match/nowhere", MatchRequest);
        Assert.Equal(404, status);
        Assert.Contains("default", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchEntitiesCatalogAndAlgorithmsAnswerLikeYente()
    {
        var (status, search) = await Json.GetAsync(fixture.Screen, "/search/default?q=Rosoboronexport&limit=2");
        Assert.Equal(200, status);
        Assert.Equal(2, search.GetProperty("limit").GetInt32());
        Assert.Contains("ROSOBORONEXPORT", search.GetProperty("results")[0].GetProperty("caption").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(JsonValueKind.Object, search.GetProperty("facets").ValueKind);

        var (entityStatus, entity) = await Json.GetAsync(fixture.Screen, "/entities/demo:shugayev-dmitry");
        Assert.Equal(200, entityStatus);
        Assert.Contains("1965-08-11", entity.GetProperty("properties").GetProperty("birthDate").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(404, (await Json.GetAsync(fixture.Screen, "/entities/demo:nobody")).Status);

        var (_, catalog) = await Json.GetAsync(fixture.Screen, "/catalog");
        var names = catalog.GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("name").GetString()).ToList();
        Assert.Contains("default", names);
        Assert.Contains("embargo_demo", names);

        var (_, algorithms) = await Json.GetAsync(fixture.Screen, "/algorithms");
        Assert.Equal("embargo-v1", algorithms.GetProperty("default").GetString());
        Assert.Equal("embargo-v1", algorithms.GetProperty("algorithms")[0].GetProperty("name").GetString());
    }
}
