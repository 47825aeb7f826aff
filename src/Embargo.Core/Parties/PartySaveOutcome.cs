namespace Embargo.Core.Parties;

public enum PartySaveOutcome
{
    Added,
    Updated,
    /// <summary>Same data as stored: nothing written, nothing recorded.</summary>
    Unchanged,
    /// <summary>Refused by the mode: the id exists (add) or does not (update).</summary>
    Refused,
}
