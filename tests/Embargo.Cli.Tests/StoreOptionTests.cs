using Embargo.Testing;
using Embargo.Testing.Postgres;

namespace Embargo.Cli.Tests;

public sealed class StoreOptionTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task AStoreThatIsNeitherSqliteNorPostgresIsRefusedNamingIt()
    {
        var run = await CliRun.ExecAsync(_data.Path, "--store", "mysql://db/embargo", "lists", "status");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("mysql://db/embargo", run.Error, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task ListsImportedThroughOneDataDirectoryAreSeenFromAnotherOnTheSameDatabase()
    {
        var store = PostgresServer.AsUrl(await (await PostgresServer.Shared).CreateDatabaseAsync());
        var list = _data.Write("own.json", """
            {"format": "embargo-list/1", "source": "acme-internal", "title": "Invented test list",
             "entries": [ { "source_id": "p1", "kind": "person", "name": { "full": "Zebulon Quarrington" } } ]}
            """);
        Assert.Equal(0, (await CliRun.ExecAsync(Path.Combine(_data.Path, "one"), "--store", store, "lists", "import", list)).ExitCode);

        var status = await CliRun.ExecAsync(Path.Combine(_data.Path, "two"), "--store", store, "lists", "status");
        var screen = await CliRun.ExecAsync(Path.Combine(_data.Path, "two"), "--store", store, "screen", "Zebulon Quarrington");

        Assert.Contains("acme-internal", status.Out, StringComparison.Ordinal);
        Assert.Contains("store: postgres://", status.Out, StringComparison.Ordinal);
        Assert.Equal(1, screen.ExitCode);
        Assert.Contains("acme-internal:p1", screen.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_data.Path, "two", "embargo.db")));
    }

    public void Dispose() => _data.Dispose();
}
