using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Embargo.Core.Snapshots;
using Embargo.Hosting;

namespace Embargo.Web.Pages.Lists;

/// <summary>
/// Diffs between two stored snapshots, computed once: snapshots never change, so the diff of two store keys never
/// does either. Comparing the changed entries of a large list takes a few hundred milliseconds, too long for every
/// view of the lists page. Up to 32 diffs per engine are kept; when full the cache starts afresh.
/// </summary>
internal static class SnapshotDiffCache
{
    private const int Capacity = 32;

    private static readonly ConditionalWeakTable<EmbargoEngine, ConcurrentDictionary<(long From, long To), Lazy<Task<SnapshotDiff>>>> Caches = new();

    public static async Task<SnapshotDiff> DiffAsync(EmbargoEngine engine, ListSnapshot from, ListSnapshot to, CancellationToken cancellationToken)
    {
        var cache = Caches.GetValue(engine, _ => new());
        if (cache.Count >= Capacity) cache.Clear();
        var key = (from.Key, to.Key);
        // The diff runs to its end even when this request goes away: the next one will want it.
        var diff = cache.GetOrAdd(key, _ => new Lazy<Task<SnapshotDiff>>(() => engine.Differ.DiffAsync(from, to, CancellationToken.None)));
        try
        {
            return await diff.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (diff.Value.IsFaulted)
        {
            cache.TryRemove(key, out _);
            throw;
        }
    }

    /// <summary>The snapshot an update replaced: the one imported just before <paramref name="newer"/>, as <c>GET /v1/diff</c> compares by default.</summary>
    public static ListSnapshot? Before(IReadOnlyList<ListSnapshot> historyNewestFirst, ListSnapshot newer) =>
        historyNewestFirst.FirstOrDefault(s => s.Key < newer.Key);
}
