using System.Diagnostics;
using Embargo.Core.Model;
using Embargo.Core.Snapshots;
using Embargo.Matching;

namespace Embargo.Hosting;

/// <summary>
/// Screening as front ends offer it: the index over the active snapshots, built on first use and rebuilt
/// when the set of active snapshots changes. The store is asked which snapshots are active at most once per
/// <see cref="RefreshInterval"/>, so a busy server does not query it on every request, and a list activated by
/// another process or node is picked up within that interval.
/// </summary>
public sealed class ScreeningService(ISnapshotStore store, TimeProvider clock)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ActiveIndex? _current;
    private long _checkedAt;

    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The index over the active snapshots, if one has been built.</summary>
    public ActiveIndex? Current => _current;

    /// <summary>Makes the next request ask the store again (after an import or activation in this process).</summary>
    public void Invalidate() => Interlocked.Exchange(ref _checkedAt, 0);

    public async Task<ActiveIndex> GetIndexAsync(CancellationToken cancellationToken)
    {
        if (_current is { } fresh && Volatile.Read(ref _checkedAt) is var at && at != 0
            && clock.GetElapsedTime(at) < RefreshInterval) return fresh;
        var checkedAt = clock.GetTimestamp();
        var active = await store.GetActiveSnapshotsAsync(cancellationToken);
        if (_current is { } current && SameSnapshots(current.Snapshots, active))
        {
            Volatile.Write(ref _checkedAt, checkedAt);
            return current;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } again && SameSnapshots(again.Snapshots, active)) return again;
            var stopwatch = Stopwatch.StartNew();
            // The compiler and the script tables warm up on the core the reading of the lists leaves idle.
            var warmUp = ScreeningWarmUp.StartOnce();
            var entries = new List<ListEntry>();
            foreach (var snapshot in active)
            {
                await foreach (var entry in store.GetEntriesAsync(snapshot.Key, cancellationToken)) entries.Add(entry);
            }
            var index = ScreeningIndex.Build(entries);
            await warmUp;
            _current = new ActiveIndex(index, active, stopwatch.Elapsed);
            Volatile.Write(ref _checkedAt, checkedAt);
            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<(IReadOnlyList<MatchResult> Results, ActiveIndex Index)> ScreenAsync(
        MatchQuery query, MatchOptions options, CancellationToken cancellationToken)
    {
        var index = await GetIndexAsync(cancellationToken);
        return (index.Index.Screen(query, options), index);
    }

    private static bool SameSnapshots(IReadOnlyList<ListSnapshot> a, IReadOnlyList<ListSnapshot> b) =>
        a.Count == b.Count && a.Select(s => s.Key).Order().SequenceEqual(b.Select(s => s.Key).Order());
}
