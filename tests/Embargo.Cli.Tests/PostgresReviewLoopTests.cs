using System.Text.Json;
using Embargo.Testing;
using Embargo.Testing.Postgres;
using Npgsql;

namespace Embargo.Cli.Tests;

/// <summary>The whole review loop on PostgreSQL, through the CLI from two data directories (two nodes) on one database.</summary>
public sealed class PostgresReviewLoopTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private string _connectionString = "";
    private string _store = "";

    // Even steps from one node's data directory, odd steps from the other's: they share everything through the database.
    private int _step;

    private Task<CliRun> As(string user, params string[] args) =>
        CliRun.ExecAsync(Path.Combine(_data.Path, _step++ % 2 == 0 ? "node-a" : "node-b"), ["--store", _store, "--as", user, .. args]);

    private async Task LoopAsync()
    {
        _connectionString = await (await PostgresServer.Shared).CreateDatabaseAsync();
        _store = PostgresServer.AsUrl(_connectionString);
        foreach (var step in new[]
                 {
                     ("root", new[] { "users", "add", "admin", "--roles", "admin" }),
                     ("admin", ["users", "add", "rita", "--roles", "review"]),
                     ("admin", ["users", "add", "abe", "--roles", "approve"]),
                     ("admin", ["keys", "create", "--role", "review", "--user", "rita"]),
                     ("rita", ["parties", "add", "C-1", "--name", "Dmitry Shugaev", "--type", "person"]),
                     ("rita", ["alerts", "comment", "1", "checking the passport"]),
                     ("rita", ["alerts", "decide", "1", "true-match"]),
                     ("abe", ["alerts", "approve", "1"]),
                 })
        {
            var run = await As(step.Item1, step.Item2);
            Assert.True(run.ExitCode is 0 or 1, $"{string.Join(' ', step.Item2)}: {run}");
        }
    }

    [PostgresFact]
    public async Task TheLoopRunsAcrossTwoNodesAndItsTrailVerifies()
    {
        await LoopAsync();

        var show = await As("rita", "alerts", "show", "1", "--json");
        Assert.True(show.ExitCode == 0, show.ToString());
        using var alert = JsonDocument.Parse(show.Out);
        var state = alert.RootElement.GetProperty("alert");
        Assert.Equal("decided", state.GetProperty("status").GetString());
        Assert.Equal("abe", state.GetProperty("approved_by").GetString());

        var verify = await As("admin", "audit", "verify", "--json");
        Assert.True(verify.ExitCode == 0, verify.ToString());
        using var json = JsonDocument.Parse(verify.Out);
        Assert.True(json.RootElement.GetProperty("intact").GetBoolean());
        Assert.True(json.RootElement.GetProperty("records").GetInt64() > 8);
    }

    [PostgresFact]
    public async Task ARecordEditedBehindTheTriggersBackIsFound()
    {
        await LoopAsync();
        await using (var connection = new NpgsqlConnection(_connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("""
                ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update;
                UPDATE audit_log SET actor = 'mallory' WHERE action = 'alert.approve';
                """, connection);
            await command.ExecuteNonQueryAsync();
        }

        var verify = await As("admin", "audit", "verify");
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("edited", verify.Out, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();
}
