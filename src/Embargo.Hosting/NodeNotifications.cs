using Embargo.Core.Storage;
using Embargo.Hosting.Jobs;
using Embargo.Store.Postgres;

namespace Embargo.Hosting;

/// <summary>
/// What a node on a shared PostgreSQL store hears from the others: a change of the active snapshots rebuilds this
/// node's index at once (rather than at its next 2 s check), and a submitted job wakes its job runner.
/// </summary>
internal sealed class NodeNotifications : IAsyncDisposable
{
    private readonly ScreeningService _screening;
    private readonly CancellationTokenSource _stopping = new();
    private readonly PostgresNotificationListener _listener;

    public NodeNotifications(PostgresDatabase database, ScreeningService screening, SharedBatchJobService? jobs)
    {
        _screening = screening;
        var handlers = new Dictionary<string, Action>(StringComparer.Ordinal) { [PostgresSnapshotStore.Channel] = OnSnapshotsChanged };
        if (jobs is not null) handlers[PostgresJobStore.Channel] = jobs.Wake;
        _listener = new PostgresNotificationListener(database, handlers);
    }

    private void OnSnapshotsChanged()
    {
        _screening.Invalidate();
        // Rebuild now, so the first request after the change does not wait for it.
        _ = Task.Run(async () =>
        {
            try
            {
                await _screening.GetIndexAsync(_stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or StoreUnavailableException)
            {
                // Stopping, or the database is away: the next request tries again.
            }
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _listener.DisposeAsync();
        _stopping.Dispose();
    }
}
