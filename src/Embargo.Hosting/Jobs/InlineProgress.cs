namespace Embargo.Hosting.Jobs;

/// <summary>
/// Progress reported on the caller's thread, in order (<see cref="Progress{T}"/> posts to the thread pool, so a
/// checkpoint saved right after could miss the report that preceded it).
/// </summary>
internal sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
