using System.Diagnostics;
using Embargo.Core.Model;
using Embargo.Core.Snapshots;
using Embargo.Matching;

namespace Embargo.Hosting;

/// <summary>
/// Screening as front ends offer it: the index over the active snapshots, built on first use and rebuilt
/// when the set of active snapshots changes.
/// </summary>
public sealed class ScreeningService(ISnapshotStore store)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ActiveIndex? _current;

    public async Task<ActiveIndex> GetIndexAsync(CancellationToken cancellationToken)
    {
        var active = await store.GetActiveSnapshotsAsync(cancellationToken);
        if (_current is { } current && SameSnapshots(current.Snapshots, active)) return current;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } again && SameSnapshots(again.Snapshots, active)) return again;
            var stopwatch = Stopwatch.StartNew();
            var entries = new List<ListEntry>();
            foreach (var snapshot in active)
            {
                await foreach (var entry in store.GetEntriesAsync(snapshot.Key, cancellationToken)) entries.Add(entry);
            }
            var index = ScreeningIndex.Build(entries);
            return _current = new ActiveIndex(index, active, stopwatch.Elapsed);
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
