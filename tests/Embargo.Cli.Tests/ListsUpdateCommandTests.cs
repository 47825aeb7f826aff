using System.Text.Json;
using Embargo.Testing;
using Embargo.Testing.Http;

namespace Embargo.Cli.Tests;

/// <summary><c>lists update</c> against a real HTTP server on 127.0.0.1 serving the shared files, and misbehaving.</summary>
public sealed class ListsUpdateCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [SharedDataFact]
    public async Task UpdateFromAMirrorImportsTheSource()
    {
        await using var server = new ListFileServer(SharedData.Path("lists"));

        var run = await CliRun.ExecAsync(_data.Path, "lists", "update", "--source", "us-ofac-cons", "--base-url", server.Folder("ofac-cons-2025-12").ToString());

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("us-ofac-cons: imported", run.Out, StringComparison.Ordinal);
        Assert.Equal(442, await ActiveEntityCountAsync("us-ofac-cons"));
        // OFAC's CSV files carry no date: the publisher's Last-Modified header dates the snapshot.
        var lastModified = File.GetLastWriteTimeUtc(SharedData.Path("lists", "ofac-cons-2025-12", "cons_prim.csv"));
        Assert.StartsWith(lastModified.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), await ActiveVersionAsync("us-ofac-cons"), StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task FailingServerLeavesTheActiveSnapshotAndNamesTheSource()
    {
        await using var server = new ListFileServer(SharedData.Path("lists"));
        var mirror = server.Folder("un-2026-02-27").ToString();
        Assert.Equal(0, (await CliRun.ExecAsync(_data.Path, "lists", "update", "--source", "un-sc", "--base-url", mirror)).ExitCode);
        var before = await ActiveVersionAsync("un-sc");

        server.Default = Reply.InternalError;
        var run = await CliRun.ExecAsync(_data.Path, "lists", "update", "--source", "un-sc", "--base-url", mirror, "--attempts", "2");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("un-sc", run.Error, StringComparison.Ordinal);
        Assert.Contains("HTTP 500", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, await ActiveVersionAsync("un-sc"));
    }

    [SharedDataFact]
    public async Task TruncatedDownloadFailsAndTheNextRunResumesAndImports()
    {
        await using var server = new ListFileServer(SharedData.Path("lists")) { TruncateAfterBytes = 500_000 };
        var mirror = server.Folder("un-2026-02-27").ToString();
        server.Default = Reply.Truncated;

        var failed = await CliRun.ExecAsync(_data.Path, "lists", "update", "--source", "un-sc", "--base-url", mirror, "--attempts", "1");
        Assert.Equal(2, failed.ExitCode);
        Assert.Contains("truncated", failed.Error, StringComparison.Ordinal);
        Assert.Null(await ActiveVersionAsync("un-sc"));

        server.Default = Reply.File;
        var resumed = await CliRun.ExecAsync(_data.Path, "lists", "update", "--source", "un-sc", "--base-url", mirror);
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Contains(server.Requests, r => r.Range == "bytes=500000-");
        Assert.Equal(1003, await ActiveEntityCountAsync("un-sc"));
    }

    [Fact]
    public async Task GarbageServedAsTheListIsRefused()
    {
        using var mirror = new TempDirectory();
        mirror.Write("un/consolidated.xml", "<?xml version=\"1.0\"?><CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID>");
        await using var server = new ListFileServer(mirror.Path);

        var run = await CliRun.ExecAsync(_data.Path, "lists", "update", "--source", "un-sc", "--base-url", server.Folder("un").ToString());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not a valid list", run.Error, StringComparison.Ordinal);
        Assert.Null(await ActiveVersionAsync("un-sc"));
    }

    [Fact]
    public async Task BaseUrlWithoutSourceIsAUsageError()
    {
        var run = await CliRun.ExecAsync(_data.Path, "lists", "update", "--base-url", "http://127.0.0.1:9/");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--source", run.Error, StringComparison.Ordinal);
    }

    private async Task<string?> ActiveVersionAsync(string source) =>
        (await ActiveAsync(source))?.GetProperty("version").GetString();

    private async Task<int?> ActiveEntityCountAsync(string source) =>
        (await ActiveAsync(source))?.GetProperty("counts").GetProperty("entities").GetInt32();

    private async Task<JsonElement?> ActiveAsync(string source)
    {
        var status = await CliRun.ExecAsync(_data.Path, "lists", "status", "--json");
        using var json = JsonDocument.Parse(status.Out);
        foreach (var active in json.RootElement.GetProperty("active").EnumerateArray())
        {
            if (active.GetProperty("source").GetString() == source) return active.Clone();
        }
        return null;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
