using Embargo.Testing;

namespace Embargo.Server.Tests;

/// <summary>The server over the official lists: OFAC SDN 2024-05, OFAC non-SDN and the UN list.</summary>
public sealed class SharedListsServerTests : IAsyncLifetime
{
    private RunningServer? _server;
    private HttpClient? _client;

    public async Task InitializeAsync()
    {
        if (!SharedData.IsAvailable) return;
        _server = await RunningServer.StartAsync(null,
            SharedData.Path("lists", "ofac-sdn-2024-05"), SharedData.Path("lists", "ofac-cons-2025-12"), SharedData.Path("lists", "un-2026-02-27"));
        _client = await _server.ClientAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }

    [SharedDataFact]
    public async Task PutinIsFoundInTheSdnListThroughTheYenteApi()
    {
        var (status, body) = await Json.PostAsync(_client!, "/match/us_ofac_sdn",
            """{"queries": {"q": {"schema": "Person", "properties": {"name": ["Vladimir Putin"], "birthDate": ["1952-10-07"]}}}}""");
        Assert.Equal(200, status);
        var top = body.GetProperty("responses").GetProperty("q").GetProperty("results")[0];
        Assert.StartsWith("us-ofac-sdn:", top.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Contains("PUTIN", top.GetProperty("caption").GetString(), StringComparison.Ordinal);
        Assert.True(top.GetProperty("match").GetBoolean());
    }

    [SharedDataFact]
    public async Task ADatasetLimitsResultsToItsSource()
    {
        var (_, body) = await Json.PostAsync(_client!, "/match/un_sc_sanctions",
            """{"queries": {"q": {"schema": "LegalEntity", "properties": {"name": ["Al-Qaida"]}}}}""");
        var results = body.GetProperty("responses").GetProperty("q").GetProperty("results");
        Assert.NotEmpty(results.EnumerateArray());
        Assert.All(results.EnumerateArray(), r => Assert.Equal("un_sc_sanctions", r.GetProperty("datasets")[0].GetString()));
    }

    [SharedDataFact]
    public async Task NativeScreeningNamesEveryActiveList()
    {
        var (status, body) = await Json.PostAsync(_client!, "/v1/screen", """{"name": "SHUGAYEV, Dmitry"}""");
        Assert.Equal(200, status);
        Assert.False(body.GetProperty("demo_data").GetBoolean());
        Assert.Equal(3, body.GetProperty("snapshots").GetArrayLength());
        Assert.Equal("us-ofac-sdn:35746", body.GetProperty("matches")[0].GetProperty("entity_id").GetString());
    }
}
