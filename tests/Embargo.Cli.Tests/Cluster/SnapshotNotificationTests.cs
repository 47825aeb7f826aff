using Embargo.Hosting;
using Embargo.Lists.Import;
using Embargo.Testing;
using Embargo.Testing.Postgres;

namespace Embargo.Cli.Tests.Cluster;

/// <summary>The notification path alone: no request reaches the listening node, yet its index follows the other's change.</summary>
public sealed class SnapshotNotificationTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [PostgresFact]
    public async Task ANodeRebuildsItsIndexWhenAnotherActivatesASnapshotWithoutBeingAsked()
    {
        var store = await (await PostgresServer.Shared).CreateDatabaseAsync();
        await using var writer = await EmbargoEngine.OpenAsync(Path.Combine(_data.Path, "writer"), store, TimeProvider.System, default);
        await using var listener = await EmbargoEngine.OpenAsync(Path.Combine(_data.Path, "listener"), store, TimeProvider.System, default);
        var before = await listener.Screening.GetIndexAsync(default);
        listener.StartBackgroundWork();
        await Task.Delay(500); // the listener connects

        var list = _data.Write("own.json", """
            {"format": "embargo-list/1", "source": "acme-internal", "title": "Invented test list",
             "entries": [ { "source_id": "p1", "kind": "person", "name": { "full": "Zebulon Quarrington" } } ]}
            """);
        await writer.Importer.ImportAsync(ListFormatDetector.DetectOne([list], null), ImportOptions.Default, null, default);

        var until = DateTime.UtcNow.AddSeconds(20);
        while (ReferenceEquals(listener.Screening.Current, before) && DateTime.UtcNow < until) await Task.Delay(20);
        Assert.NotSame(before, listener.Screening.Current);
        Assert.Contains(listener.Screening.Current!.Snapshots, s => s.Source == "acme-internal");
    }

    public void Dispose() => _data.Dispose();
}
