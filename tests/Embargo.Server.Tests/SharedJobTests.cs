using System.Text;
using System.Text.Json;
using Embargo.Core.Access;
using Embargo.Testing.Postgres;

namespace Embargo.Server.Tests;

/// <summary>Batch jobs on the PostgreSQL store, through the API: the same behaviour as on SQLite, kept in the database.</summary>
public sealed class SharedJobTests : IAsyncLifetime
{
    private RunningServer? _server;

    public async Task InitializeAsync()
    {
        if (PostgresServer.IsAvailable || Embargo.Testing.SharedData.IsCi)
            _server = await RunningServer.StartOnAsync(await (await PostgresServer.Shared).CreateDatabaseAsync());
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }

    [PostgresFact]
    public async Task AJobRunsToResultsOnlyItsOwnerCanSee()
    {
        var screen = await _server!.ClientAsync(ApiRole.Screen);
        var other = await _server.ClientAsync(ApiRole.Review);
        var admin = await _server.ClientAsync(ApiRole.Admin);
        const string csv = "id,name,dob\nc1,Dmitry Shugaev,1965\nc2,Maria Gonzalez Fernandez,1980-02-03\nc3,Rosoboronexport,\n";

        using var submit = await screen.PostAsync("/v1/jobs?name=customers.csv", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(202, (int)submit.StatusCode);
        var id = (await Json.ReadAsync(submit)).GetProperty("id").GetString()!;
        var job = await WaitAsync(screen, id);

        Assert.Equal("completed", job.GetProperty("status").GetString());
        Assert.Equal((3, 2), (job.GetProperty("records").GetInt64(), job.GetProperty("with_matches").GetInt64()));
        var lines = (await screen.GetStringAsync($"/v1/jobs/{id}/results")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("demo:shugayev-dmitry", lines[0], StringComparison.Ordinal);
        Assert.Equal(404, (await Json.GetAsync(other, $"/v1/jobs/{id}")).Status);
        Assert.Equal(200, (await Json.GetAsync(admin, $"/v1/jobs/{id}")).Status);
        Assert.Single((await Json.GetAsync(screen, "/v1/jobs")).Body.EnumerateArray());
        Assert.Empty((await Json.GetAsync(other, "/v1/jobs")).Body.EnumerateArray());
        using var cancel = await screen.DeleteAsync($"/v1/jobs/{id}");
        Assert.Equal(409, (int)cancel.StatusCode);
    }

    [PostgresFact]
    public async Task ACancelledJobEndsCancelledAndServesNoResults()
    {
        var screen = await _server!.ClientAsync(ApiRole.Screen);
        var csv = new StringBuilder("id,name\n");
        for (var i = 0; i < 200_000; i++) csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"r{i},Arven Tallisker {i}\n");
        using var submit = await screen.PostAsync("/v1/jobs?name=big.csv", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        var id = (await Json.ReadAsync(submit)).GetProperty("id").GetString()!;

        using var cancel = await screen.DeleteAsync($"/v1/jobs/{id}");
        Assert.Equal(200, (int)cancel.StatusCode);
        var job = await WaitAsync(screen, id);

        Assert.Equal("cancelled", job.GetProperty("status").GetString());
        using var results = await screen.GetAsync($"/v1/jobs/{id}/results");
        Assert.Equal(409, (int)results.StatusCode);
    }

    [PostgresFact]
    public async Task AnEmptyUploadIs400AndLeavesNoJob()
    {
        var screen = await _server!.ClientAsync(ApiRole.Screen);
        using var empty = await screen.PostAsync("/v1/jobs", new StringContent(""));
        Assert.Equal(400, (int)empty.StatusCode);
        Assert.Empty((await Json.GetAsync(screen, "/v1/jobs")).Body.EnumerateArray());
    }

    private static async Task<JsonElement> WaitAsync(HttpClient client, string id)
    {
        JsonElement job = default;
        for (var i = 0; i < 600; i++)
        {
            (_, job) = await Json.GetAsync(client, $"/v1/jobs/{id}");
            if (job.GetProperty("status").GetString() is "completed" or "failed" or "cancelled") break;
            await Task.Delay(100);
        }
        return job;
    }
}
