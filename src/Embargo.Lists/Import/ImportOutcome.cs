namespace Embargo.Lists.Import;

public enum ImportOutcome
{
    /// <summary>New content: a new snapshot was stored and activated.</summary>
    Imported,
    /// <summary>The content is identical to the active snapshot: nothing was done.</summary>
    Unchanged,
    /// <summary>The content is identical to an older stored snapshot, which was made active again.</summary>
    Reactivated,
}
