namespace Embargo.Core.Snapshots;

/// <summary>
/// Compares two snapshots of one source: entities added, removed, and changed with the fields that changed.
/// Unchanged entities cost a hash comparison; only changed ones are loaded.
/// </summary>
public sealed class SnapshotDiffer(ISnapshotStore store)
{
    public async Task<SnapshotDiff> DiffAsync(ListSnapshot from, ListSnapshot to, CancellationToken cancellationToken)
    {
        if (!string.Equals(from.Source, to.Source, StringComparison.Ordinal))
            throw new ArgumentException($"Cannot diff snapshots of different sources ({from.Source}, {to.Source}).", nameof(to));

        var before = await store.GetDigestsAsync(from.Key, cancellationToken);
        var after = await store.GetDigestsAsync(to.Key, cancellationToken);
        var changes = new List<EntryChange>();
        foreach (var (id, digest) in after)
        {
            if (!before.TryGetValue(id, out var old))
            {
                changes.Add(new EntryChange(id, digest.Name, EntryChangeKind.Added, []));
            }
            else if (!string.Equals(old.Hash, digest.Hash, StringComparison.Ordinal))
            {
                var oldJson = await store.GetEntryJsonAsync(old.Hash, cancellationToken);
                var newJson = await store.GetEntryJsonAsync(digest.Hash, cancellationToken);
                var fields = oldJson is null || newJson is null ? ["*"] : EntryComparer.ChangedFields(oldJson, newJson);
                changes.Add(new EntryChange(id, digest.Name, EntryChangeKind.Changed, fields));
            }
        }
        foreach (var (id, digest) in before)
        {
            if (!after.ContainsKey(id)) changes.Add(new EntryChange(id, digest.Name, EntryChangeKind.Removed, []));
        }
        changes.Sort(static (a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : string.CompareOrdinal(a.EntityId, b.EntityId));
        return new SnapshotDiff(from, to, changes);
    }
}
