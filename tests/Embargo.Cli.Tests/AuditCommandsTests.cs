using System.Text.Json;
using Embargo.Store.Sqlite;
using Embargo.Testing;
using Microsoft.Data.Sqlite;

namespace Embargo.Cli.Tests;

/// <summary>The audit trail records the whole loop, cannot be edited in place, and tells when it was edited behind the database's back.</summary>
public sealed class AuditCommandsTests : IDisposable
{
    private readonly TempDirectory _data = new();

    private Task<CliRun> As(string user, params string[] args) => CliRun.ExecAsync(_data.Path, ["--as", user, .. args]);

    private async Task LoopAsync()
    {
        await As("root", "users", "add", "admin", "--roles", "admin");
        await As("admin", "users", "add", "rita", "--roles", "review");
        await As("admin", "users", "add", "abe", "--roles", "approve");
        await As("admin", "keys", "create", "--role", "review", "--user", "rita");
        await As("rita", "parties", "add", "C-1", "--name", "Dmitry Shugaev", "--type", "person");
        await As("rita", "alerts", "comment", "1", "checking the passport");
        await As("rita", "alerts", "decide", "1", "true-match");
        await As("abe", "alerts", "approve", "1");
    }

    private async Task ExecuteSqlAsync(params string[] statements)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_data.Path, SqliteSnapshotStore.FileName)};Pooling=False");
        await connection.OpenAsync();
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task EveryStepOfTheLoopIsRecordedWithItsActor()
    {
        await LoopAsync();
        var export = await As("admin", "audit", "export", "--format", "jsonl");
        Assert.True(export.ExitCode == 0, export.ToString());
        var records = export.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var steps = records.Select(r => (r.GetProperty("action").GetString(), r.GetProperty("actor").GetString())).ToList();
        Assert.Contains(("user.add", "root"), steps);
        Assert.Contains(("key.create", "admin"), steps);
        Assert.Contains(("party.add", "rita"), steps);
        Assert.Contains(("party.screen", "rita"), steps);
        Assert.Contains(("alert.create", "rita"), steps);
        Assert.Contains(("alert.comment", "rita"), steps);
        Assert.Contains(("alert.decide", "rita"), steps);
        Assert.Contains(("alert.approve", "abe"), steps);
        var approve = records.Single(r => r.GetProperty("action").GetString() == "alert.approve");
        Assert.Equal("pending_approval", approve.GetProperty("before").GetProperty("status").GetString());
        Assert.Equal("decided", approve.GetProperty("after").GetProperty("state").GetProperty("status").GetString());
        Assert.StartsWith("demo ", approve.GetProperty("list_versions")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(records.Select((_, i) => (long)i + 1), records.Select(r => r.GetProperty("seq").GetInt64()));
    }

    [Fact]
    public async Task AnIntactTrailVerifies()
    {
        await LoopAsync();
        var verify = await As("admin", "audit", "verify", "--json");
        Assert.True(verify.ExitCode == 0, verify.ToString());
        using var json = JsonDocument.Parse(verify.Out);
        Assert.True(json.RootElement.GetProperty("intact").GetBoolean());
        Assert.True(json.RootElement.GetProperty("records").GetInt64() > 8);
    }

    [Fact]
    public async Task TheDatabaseRefusesToEditTheTrail()
    {
        await LoopAsync();
        var e = await Assert.ThrowsAsync<SqliteException>(() => ExecuteSqlAsync("UPDATE audit_log SET actor = 'mallory' WHERE action = 'alert.approve'"));
        Assert.Contains("append-only", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARecordEditedBehindTheTriggersBackIsFound()
    {
        await LoopAsync();
        await ExecuteSqlAsync("DROP TRIGGER audit_log_no_update", "UPDATE audit_log SET actor = 'mallory' WHERE action = 'alert.approve'");

        var verify = await As("admin", "audit", "verify");
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("BROKEN", verify.Out, StringComparison.Ordinal);
        Assert.Contains("edited", verify.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARecordDeletedBehindTheTriggersBackIsFound()
    {
        await LoopAsync();
        await ExecuteSqlAsync("DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE action = 'alert.decide'");

        var verify = await As("admin", "audit", "verify", "--json");
        Assert.Equal(1, verify.ExitCode);
        using var json = JsonDocument.Parse(verify.Out);
        var problems = json.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("problem").GetString()).ToList();
        Assert.Contains(problems, p => p!.Contains("missing (deleted)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATrailCutShortIsFoundAgainstAHeadNotedEarlier()
    {
        await LoopAsync();
        using var noted = JsonDocument.Parse((await As("admin", "audit", "verify", "--json")).Out);
        var head = noted.RootElement.GetProperty("head");
        var seq = head.GetProperty("seq").GetInt64();
        var hash = head.GetProperty("hash").GetString();

        await ExecuteSqlAsync("DROP TRIGGER audit_log_no_delete", $"DELETE FROM audit_log WHERE seq = {seq}");

        Assert.Equal(0, (await As("admin", "audit", "verify")).ExitCode); // the chain alone cannot tell
        var verify = await As("admin", "audit", "verify", "--head", $"{seq}:{hash}");
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("cut short", verify.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvExportHasAHeaderAndOneRowPerRecordAndOnlyAdministratorsExport()
    {
        await LoopAsync();
        var csv = await As("admin", "audit", "export", "--format", "csv", "--subject", "alert:");
        Assert.True(csv.ExitCode == 0, csv.ToString());
        var lines = csv.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("seq,at,actor,action,subject,before,after,list_versions,previous_hash,hash", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Contains(",alert:1,", l, StringComparison.Ordinal));
        Assert.Equal(2, (await As("rita", "audit", "export")).ExitCode);
    }

    public void Dispose() => _data.Dispose();
}
