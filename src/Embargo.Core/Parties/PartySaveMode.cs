namespace Embargo.Core.Parties;

/// <summary>What saving a party may do.</summary>
public enum PartySaveMode
{
    /// <summary>Only a new id (or one that was removed): an existing party is refused.</summary>
    Add,
    /// <summary>Only an existing party: an unknown id is refused.</summary>
    Update,
    /// <summary>Add or update, as a file import does.</summary>
    Upsert,
}
