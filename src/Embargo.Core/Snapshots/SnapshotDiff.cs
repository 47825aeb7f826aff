namespace Embargo.Core.Snapshots;

/// <summary>What changed in one source between two snapshots.</summary>
public sealed record SnapshotDiff(ListSnapshot From, ListSnapshot To, IReadOnlyList<EntryChange> Changes)
{
    public int Added => Changes.Count(c => c.Kind == EntryChangeKind.Added);
    public int Removed => Changes.Count(c => c.Kind == EntryChangeKind.Removed);
    public int Changed => Changes.Count(c => c.Kind == EntryChangeKind.Changed);
}
