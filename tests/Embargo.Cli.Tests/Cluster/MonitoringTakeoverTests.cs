using System.Globalization;
using System.Text;
using System.Text.Json;
using Embargo.Testing;
using Embargo.Testing.Postgres;
using Npgsql;
using Xunit.Abstractions;

namespace Embargo.Cli.Tests.Cluster;

/// <summary>
/// A node killed (<c>kill -9</c>) in the middle of a monitoring run on PostgreSQL: its advisory lock dies with its
/// session, another node takes the run over from the saved state, and the alerts in the end are exactly those of a
/// clean run — none raised twice, none lost.
/// </summary>
public sealed class MonitoringTakeoverTests(ITestOutputHelper output) : IDisposable
{
    private const int PartyCount = 4_000;
    private const int ListedCount = 400;
    private readonly TempDirectory _data = new();

    [PostgresFact]
    public async Task AMonitoringRunOfAKilledNodeIsFinishedByTheOtherWithTheAlertsOfACleanRun()
    {
        var server = await PostgresServer.Shared;
        var clean = await server.CreateDatabaseAsync();
        var faulty = await server.CreateDatabaseAsync();
        var smaller = await PrepareAsync(clean, "clean");
        var larger = await PrepareAsync(faulty, "faulty");
        Assert.Equal(smaller, larger);

        // The clean run: the CLI activates the larger list and monitors in its own process.
        var activate = await CliRun.ExecAsync(Path.Combine(_data.Path, "clean"), "--store", PostgresServer.AsUrl(clean), "lists", "activate", "acme-internal", larger);
        Assert.True(activate.ExitCode is 0 or 1, activate.ToString());
        var expected = await AlertsAsync(clean);
        Assert.True(expected.Count > 1_000, $"only {expected.Count} alerts: too few for a run long enough to interrupt");

        // The faulty run: node a activates the list and monitors (the request waits for the run) until it is killed,
        // some alerts stored and the run not finished.
        var store = PostgresServer.AsUrl(faulty);
        await using var a = await ServeProcess.StartAsync("a", store, Path.Combine(_data.Path, "a"), "--monitor-interval", "0");
        var request = a.Client.PostAsync($"/v1/snapshots/acme-internal/{larger}/activate", null);
        var before = await WaitForAlertsAsync(faulty);
        a.Kill();
        var atKill = await CountAsync(faulty, "SELECT COUNT(*) FROM alerts");
        await Assert.ThrowsAnyAsync<Exception>(() => request);
        Assert.True(await CountAsync(faulty, "SELECT COUNT(*) FROM audit_log WHERE action = 'monitor.run'") == 0,
            "the run finished before the kill: nothing was taken over");
        Assert.True(atKill < expected.Count, $"all {atKill} alerts were stored before the kill");
        output.WriteLine($"killed node a with {atKill} of {expected.Count} alerts stored (first seen: {before})");

        // Node b's schedule finds the lock free (it died with node a's session) and the changes not yet handled.
        await using var b = await ServeProcess.StartAsync("b", store, Path.Combine(_data.Path, "b"), "--monitor-interval", "1");
        await WaitForAsync(faulty, "SELECT COUNT(*) FROM audit_log WHERE action = 'monitor.run'", TimeSpan.FromMinutes(3), b);

        var actual = await AlertsAsync(faulty);
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected, actual);
        Assert.Equal(0, await CountAsync(faulty, """
            SELECT COUNT(*) FROM (SELECT party_id, entity_id FROM alerts GROUP BY party_id, entity_id HAVING COUNT(*) > 1) doubled
            """));
        Assert.Equal(0, await CountAsync(faulty, """
            SELECT COUNT(*) FROM (SELECT subject FROM audit_log WHERE action = 'alert.create' GROUP BY subject HAVING COUNT(*) > 1) doubled
            """));
        var verify = await CliRun.ExecAsync(Path.Combine(_data.Path, "b-cli"), "--store", store, "audit", "verify");
        Assert.True(verify.ExitCode == 0, verify.ToString());
    }

    /// <summary>
    /// A database with two snapshots of an invented list (the larger one imported first, then a one-entry one made
    /// active) and <see cref="PartyCount"/> parties registered without screening; returns the larger one's version.
    /// </summary>
    private async Task<string> PrepareAsync(string connectionString, string name)
    {
        var folder = Path.Combine(_data.Path, name + "-cli");
        var store = PostgresServer.AsUrl(connectionString);
        var parties = JobsApi.Parties(PartyCount);
        foreach (var list in new[] { ListFile(Listed(parties)), ListFile(["Ottoline Brackwater"]) })
        {
            var import = await CliRun.ExecAsync(folder, "--store", store, "lists", "import", list, "--allow-shrink");
            Assert.True(import.ExitCode == 0, import.ToString());
        }
        var register = await CliRun.ExecAsync(folder, "--store", store, "parties", "import", _data.Write($"parties-{name}.csv", parties), "--no-screen");
        Assert.True(register.ExitCode == 0, register.ToString());
        Assert.Equal(0, await CountAsync(connectionString, "SELECT COUNT(*) FROM alerts"));

        var history = await CliRun.ExecAsync(folder, "--store", store, "lists", "history", "acme-internal", "--json");
        Assert.True(history.ExitCode == 0, history.ToString());
        using var json = JsonDocument.Parse(history.Out);
        return Snapshots(json.RootElement).First(s => s.GetProperty("counts").GetProperty("entities").GetInt32() == ListedCount).GetProperty("version").GetString()!;
    }

    private static IEnumerable<JsonElement> Snapshots(JsonElement root) =>
        root.ValueKind == JsonValueKind.Array ? root.EnumerateArray() : root.GetProperty("snapshots").EnumerateArray();

    // The first distinct names of the parties, as listed entities: every party sharing (or resembling) one matches.
    private static List<string> Listed(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[1]).Distinct(StringComparer.Ordinal).Take(ListedCount).ToList();

    private string ListFile(IReadOnlyList<string> names)
    {
        var entries = new StringBuilder();
        for (var i = 0; i < names.Count; i++)
        {
            if (i > 0) entries.Append(",\n");
            entries.Append(CultureInfo.InvariantCulture,
                $$"""    { "source_id": "e{{i}}-{{names.Count}}", "kind": "person", "name": { "full": "{{names[i]}}" }, "programs": ["TEST"] }""");
        }
        return _data.Write($"list-{Guid.NewGuid():N}.json", $$"""
            {
              "format": "embargo-list/1",
              "source": "acme-internal",
              "title": "Invented test list",
              "entries": [
            {{entries}}
              ]
            }
            """);
    }

    /// <summary>Every alert as what it found and its state, in a fixed order (ids and times differ between runs).</summary>
    private static async Task<List<string>> AlertsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT party_id, entity_id, matched_name, score, status, reason, coalesce(reason_detail, ''), list_versions FROM alerts
            ORDER BY party_id, entity_id, id
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var alerts = new List<string>();
        while (await reader.ReadAsync())
        {
            alerts.Add(string.Join('|', reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.GetDouble(3).ToString("R", CultureInfo.InvariantCulture), reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7)));
        }
        return alerts;
    }

    private static async Task<long> WaitForAlertsAsync(string connectionString)
    {
        var until = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < until)
        {
            var count = await CountAsync(connectionString, "SELECT COUNT(*) FROM alerts");
            if (count > 0) return count;
            await Task.Delay(20);
        }
        throw new TimeoutException("node a never stored an alert");
    }

    private static async Task WaitForAsync(string connectionString, string sql, TimeSpan deadline, ServeProcess node)
    {
        var until = DateTime.UtcNow + deadline;
        while (DateTime.UtcNow < until)
        {
            if (await CountAsync(connectionString, sql) > 0) return;
            await Task.Delay(200);
        }
        throw new TimeoutException($"node {node.Name} did not finish the run:\n{node.Output}");
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public void Dispose() => _data.Dispose();
}
