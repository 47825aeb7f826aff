namespace Embargo.Matching.Scan;

/// <summary>How much a mention found in free text deserves attention.</summary>
public enum MentionStrength
{
    /// <summary>The text names a listed party: an alert.</summary>
    Strong,

    /// <summary>
    /// The words match a listed name, but the name is made of ordinary words (a vessel called PATRIOT) or the
    /// way it is written does not support a name (lower case in a text that capitalises names, a weak alias
    /// alone): shown apart, for a person to judge, and never an alert on its own.
    /// </summary>
    NeedsContext,
}
