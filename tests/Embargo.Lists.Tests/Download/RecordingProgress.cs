using Embargo.Lists.Download;

namespace Embargo.Lists.Tests.Download;

/// <summary>Keeps every report, synchronously (Progress&lt;T&gt; would post them to the thread pool, out of order).</summary>
internal sealed class RecordingProgress : IProgress<DownloadProgress>
{
    private readonly Lock _lock = new();
    private readonly List<DownloadProgress> _reports = [];

    public IReadOnlyList<DownloadProgress> Reports
    {
        get
        {
            lock (_lock) return [.. _reports];
        }
    }

    public void Report(DownloadProgress value)
    {
        lock (_lock) _reports.Add(value);
    }
}
