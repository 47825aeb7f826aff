namespace Embargo.Core.Snapshots;

public enum EntryChangeKind
{
    Added,
    Removed,
    Changed,
}
