using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Embargo.Testing;
using Embargo.Testing.Postgres;
using Npgsql;
using Xunit.Abstractions;

namespace Embargo.Cli.Tests.Cluster;

/// <summary>
/// Two real <c>embargo serve</c> processes on one PostgreSQL database: what one node does, the other sees; a node
/// killed mid-job leaves its job to the other; a database restart costs a pause, not a request or a record.
/// </summary>
public sealed class ClusterTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _data = new();

    [ClusterFact]
    public async Task ASnapshotActivatedOnOneNodeIsScreenedOnTheOtherWithinSeconds()
    {
        var store = PostgresServer.AsUrl(await (await PostgresServer.Shared).CreateDatabaseAsync());
        var older = await ImportAsync(store, OwnList("Zebulon Quarrington"));
        await ImportAsync(store, OwnList("Ottoline Brackwater"));
        await using var a = await StartNodeAsync("a", store);
        await using var b = await StartNodeAsync("b", store);
        Assert.False(await MatchesAsync(b, "Zebulon Quarrington"));

        var clock = Stopwatch.StartNew();
        using var activate = await a.Client.PostAsync($"/v1/snapshots/acme-internal/{older}/activate", null);
        Assert.True(activate.IsSuccessStatusCode, await activate.Content.ReadAsStringAsync());
        var seen = false;
        while (!seen && clock.Elapsed < TimeSpan.FromSeconds(20)) seen = await MatchesAsync(b, "Zebulon Quarrington");

        Assert.True(seen, b.Output);
        output.WriteLine($"node b screened against the snapshot activated on node a after {clock.Elapsed.TotalSeconds:F2} s");
        Assert.False(await MatchesAsync(b, "Ottoline Brackwater"));
    }

    /// <summary>Enough records that the node is killed mid-job, however fast screening gets.</summary>
    private const int PartiesInTakeoverRun = 40_000;

    [ClusterFact]
    public async Task AJobOfAKilledNodeIsFinishedByTheOtherWithTheOutputOfACleanRun()
    {
        var connection = await (await PostgresServer.Shared).CreateDatabaseAsync();
        var store = PostgresServer.AsUrl(connection);
        await ImportAsync(store, SharedData.Path("lists", "ofac-sdn-2024-05"));
        await using var a = await StartNodeAsync("a", store, "--job-lease", "3");
        await using var b = await StartNodeAsync("b", store, "--job-lease", "3");
        var parties = JobsApi.Parties(PartiesInTakeoverRun);

        var id = await JobsApi.SubmitAsync(a.Client, parties);
        var holder = await WaitForOutputAsync(connection, id);
        var (victim, survivor) = holder.Contains($":{a.ProcessId}:", StringComparison.Ordinal) ? (a, b) : (b, a);
        victim.Kill();
        output.WriteLine($"killed node {victim.Name} while it held job {id}");

        var job = await JobsApi.WaitForEndAsync(survivor.Client, id, TimeSpan.FromMinutes(5));
        Assert.True(job.GetProperty("status").GetString() == "completed", job.ToString() + survivor.Output);
        Assert.Equal(PartiesInTakeoverRun, job.GetProperty("records").GetInt64());
        Assert.True(await ClaimsAsync(connection, id) >= 2, "the job was not taken over: it ended before the kill");
        output.WriteLine($"resumed after {job.GetProperty("summary").GetProperty("resumed_after").GetInt64()} records");

        var clean = await JobsApi.SubmitAsync(survivor.Client, parties);
        Assert.Equal("completed", (await JobsApi.WaitForEndAsync(survivor.Client, clean, TimeSpan.FromMinutes(5))).GetProperty("status").GetString());
        var resumed = await JobsApi.ResultsAsync(survivor.Client, id);
        var expected = await JobsApi.ResultsAsync(survivor.Client, clean);
        Assert.Equal(PartiesInTakeoverRun, resumed.Count(c => c == (byte)'\n'));
        Assert.True(expected.AsSpan().SequenceEqual(resumed), "the taken-over job's results differ from a clean run's");
    }

    /// <summary>Enough records that the job is still running when the database restarts, however fast screening gets.</summary>
    private const int PartiesInRestartRun = 60_000;

    [ClusterFact]
    public async Task APostgresRestartMidRunLosesNoRequestAndNoRecord()
    {
        await using var server = await PostgresServer.StartAsync(allowExternal: false);
        var connection = await server.CreateDatabaseAsync();
        var store = PostgresServer.AsUrl(connection);
        await ImportAsync(store, SharedData.Path("lists", "ofac-sdn-2024-05"));
        await using var a = await StartNodeAsync("a", store);
        await using var b = await StartNodeAsync("b", store);
        // Both nodes answer once before the job starts, so the traffic below reaches its first round while the job runs.
        foreach (var node in new[] { a, b })
        {
            using var warm = await node.Client.PostAsJsonAsync("/v1/screen", new { name = "Dmitry Shugaev" });
            Assert.True(warm.IsSuccessStatusCode, await warm.Content.ReadAsStringAsync());
        }
        var parties = JobsApi.Parties(PartiesInRestartRun);
        var id = await JobsApi.SubmitAsync(a.Client, parties);

        // Requests on both nodes, some needing the database (job state, snapshots), before, during and after the restart.
        using var stop = new CancellationTokenSource();
        var failures = new List<string>();
        var requests = 0;
        var slowest = TimeSpan.Zero;
        var traffic = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested && requests < 2_000)
            {
                foreach (var (node, call) in new (ServeProcess, Func<HttpClient, Task<HttpResponseMessage>>)[]
                         {
                             (a, c => c.PostAsJsonAsync("/v1/screen", new { name = "Dmitry Shugaev" })),
                             (b, c => c.GetAsync($"/v1/jobs/{id}")),
                             (a, c => c.GetAsync("/v1/snapshots")),
                             (b, c => c.PostAsJsonAsync("/v1/screen", new { name = "Rosoboronexport" })),
                         })
                {
                    var timer = Stopwatch.StartNew();
                    using var response = await call(node.Client);
                    if (timer.Elapsed > slowest) slowest = timer.Elapsed;
                    Interlocked.Increment(ref requests);
                    if (response.IsSuccessStatusCode) continue;
                    var failure = $"{node.Name} {response.RequestMessage!.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                    lock (failures) failures.Add(failure);
                }
                await Task.Delay(50);
            }
        });
        await WaitForOutputAsync(connection, id);
        while (Volatile.Read(ref requests) < 4 && !traffic.IsCompleted) await Task.Delay(10);
        var before = await StatusAsync(connection, id);
        Assert.Equal("running", before.Status);
        await server.RestartAsync(TimeSpan.FromSeconds(2));
        output.WriteLine($"PostgreSQL restarted while the job ran ({before.Records} records written); {requests} requests so far");

        var job = await JobsApi.WaitForEndAsync(b.Client, id, TimeSpan.FromMinutes(5));
        await stop.CancelAsync();
        await traffic;
        output.WriteLine($"{requests} requests in all; the slowest took {slowest.TotalSeconds:F1} s (it waited for the database)");
        Assert.Empty(failures);
        Assert.True(job.GetProperty("status").GetString() == "completed", job.ToString() + a.Output + b.Output);

        var clean = await JobsApi.SubmitAsync(b.Client, parties);
        Assert.Equal("completed", (await JobsApi.WaitForEndAsync(b.Client, clean, TimeSpan.FromMinutes(5))).GetProperty("status").GetString());
        var afterRestart = await JobsApi.ResultsAsync(a.Client, id);
        Assert.Equal(PartiesInRestartRun, afterRestart.Count(c => c == (byte)'\n'));
        Assert.True((await JobsApi.ResultsAsync(a.Client, clean)).AsSpan().SequenceEqual(afterRestart), "the job's results differ from a clean run's");
    }

    private async Task<ServeProcess> StartNodeAsync(string name, string store, params string[] options) =>
        await ServeProcess.StartAsync(name, store, Path.Combine(_data.Path, name), options);

    /// <summary>Imports with the CLI (in-process) into the shared store; returns the version of the source's new active snapshot.</summary>
    private async Task<string> ImportAsync(string store, string path)
    {
        var run = await CliRun.ExecAsync(Path.Combine(_data.Path, "cli"), "--store", store, "lists", "import", path);
        Assert.True(run.ExitCode == 0, run.ToString());
        var status = await CliRun.ExecAsync(Path.Combine(_data.Path, "cli"), "--store", store, "lists", "status", "--json");
        using var json = JsonDocument.Parse(status.Out);
        var source = path.EndsWith(".json", StringComparison.Ordinal) ? "acme-internal" : "us-ofac-sdn";
        return json.RootElement.GetProperty("active").EnumerateArray()
            .First(s => s.GetProperty("source").GetString() == source).GetProperty("version").GetString()!;
    }

    /// <summary>A one-entry list of the user's own (invented names), as a file.</summary>
    private string OwnList(string name) => _data.Write($"own-{Guid.NewGuid():N}.json", $$"""
        {
          "format": "embargo-list/1",
          "source": "acme-internal",
          "title": "Invented test list",
          "entries": [ { "source_id": "p1", "kind": "person", "name": { "full": "{{name}}" }, "programs": ["TEST"] } ]
        }
        """);

    private static async Task<bool> MatchesAsync(ServeProcess node, string name)
    {
        using var response = await node.Client.PostAsJsonAsync("/v1/screen", new { name });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("matches").EnumerateArray().Any(r => r.GetProperty("entity_id").GetString() == "acme-internal:p1");
    }

    /// <summary>Waits until a node holds the job and has stored some of its output; returns the node's name in the table.</summary>
    private static async Task<string> WaitForOutputAsync(string connectionString, string id)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var until = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < until)
        {
            await using var command = new NpgsqlCommand("SELECT lease_node, status, output_length FROM batch_jobs WHERE id = $1", connection);
            command.Parameters.AddWithValue(id);
            await using var reader = await command.ExecuteReaderAsync();
            if (await reader.ReadAsync() && reader.GetString(1) == "running" && reader.GetInt64(2) > 0) return reader.GetString(0);
            await Task.Delay(50);
        }
        throw new TimeoutException($"job {id} never started writing output");
    }

    private static async Task<(string Status, long Records)> StatusAsync(string connectionString, string id)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT status, (state -> 'position' ->> 'records')::bigint FROM batch_jobs WHERE id = $1", connection);
        command.Parameters.AddWithValue(id);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetString(0), reader.IsDBNull(1) ? 0 : reader.GetInt64(1));
    }

    private static async Task<int> ClaimsAsync(string connectionString, string id)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT claims FROM batch_jobs WHERE id = $1", connection);
        command.Parameters.AddWithValue(id);
        return (int)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose() => _data.Dispose();
}
