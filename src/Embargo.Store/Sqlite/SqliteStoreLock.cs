using Embargo.Core.Review;

namespace Embargo.Store.Sqlite;

/// <summary>
/// The lock of the embedded store: always granted. Work that must not overlap is serialised inside the process by its
/// service; SQLite's single writer keeps the data consistent if two processes on one file ever do the same work.
/// </summary>
public sealed class SqliteStoreLock : IStoreLock
{
    public Task<IAsyncDisposable?> AcquireAsync(string name, bool wait, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable?>(Held.Instance);

    private sealed class Held : IAsyncDisposable
    {
        public static readonly Held Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
