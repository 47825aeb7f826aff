using System.Diagnostics;
using System.Text.Json;
using Embargo.Testing;
using Microsoft.Data.Sqlite;

namespace Embargo.Cli.Tests;

/// <summary>A process killed mid-import (kill -9) must leave the previous snapshot active and the store intact.</summary>
public sealed class ImportCrashTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [SharedDataFact]
    public async Task KilledImportLeavesThePreviousSnapshotActive()
    {
        // Start from a known active list: the demo list, created on first open.
        Assert.Equal(0, (await CliRun.ExecAsync(_data.Path, "lists", "status")).ExitCode);
        SqliteConnection.ClearAllPools();

        var cli = Path.Combine(AppContext.BaseDirectory, "embargo.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { cli, "--data-dir", _data.Path, "lists", "import", SharedData.Path("lists", "ofac-sdn-2024-05") })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;

        // Kill once the import is visibly writing (the write-ahead log grows), or after a few seconds at most.
        var wal = Path.Combine(_data.Path, "embargo.db-wal");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline && !process.HasExited && !(File.Exists(wal) && new FileInfo(wal).Length > 2_000_000))
            await Task.Delay(10);
        var killedMidWay = !process.HasExited;
        if (killedMidWay) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();

        var status = await CliRun.ExecAsync(_data.Path, "lists", "status", "--json");
        using var json = JsonDocument.Parse(status.Out);
        var active = json.RootElement.GetProperty("active").EnumerateArray().ToList();
        var sdn = active.Where(a => a.GetProperty("source").GetString() == "us-ofac-sdn").ToList();
        if (killedMidWay)
        {
            // Either the commit had not happened (demo still active) or it had, wholly.
            Assert.True(sdn.Count == 0 || sdn[0].GetProperty("counts").GetProperty("entities").GetInt32() == 14965, status.Out);
            if (sdn.Count == 0) Assert.Equal("demo", Assert.Single(active).GetProperty("source").GetString());
        }
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_data.Path, "embargo.db")}");
        await connection.OpenAsync();
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", (string?)await check.ExecuteScalarAsync());
        check.CommandText = "SELECT COUNT(*) FROM snapshots WHERE version LIKE 'pending-%'";
        Assert.Equal(0L, (long)(await check.ExecuteScalarAsync())!);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
