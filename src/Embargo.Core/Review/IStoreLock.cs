namespace Embargo.Core.Review;

/// <summary>
/// A named lock held across every process that shares the store, for work that must not run twice at once on two
/// nodes (a monitoring run). An embedded store has one process at a time doing such work, so its lock is a no-op.
/// </summary>
public interface IStoreLock
{
    /// <summary>
    /// Takes the lock named <paramref name="name"/> until the result is disposed. With <paramref name="wait"/> it waits for
    /// another holder to let go; without, it returns null at once when another holder has it.
    /// </summary>
    Task<IAsyncDisposable?> AcquireAsync(string name, bool wait, CancellationToken cancellationToken);
}
