namespace Embargo.Core.Snapshots;

/// <summary>How a snapshot became active.</summary>
public enum ListChangeKind
{
    /// <summary>New content was imported (by import or update).</summary>
    Imported,
    /// <summary>Content identical to an older stored snapshot was imported again, and that snapshot reactivated.</summary>
    Reactivated,
    /// <summary>A stored snapshot was activated by hand (pinned or rolled back).</summary>
    Activated,
}
