namespace Embargo.Web.Pages.Alerts;

/// <summary>How one fact of the party compares with the listed entity's.</summary>
public enum FieldState
{
    /// <summary>Both sides say the same (or compatible: 1964 and 1964-07-17).</summary>
    Same,
    /// <summary>Both sides know the fact and disagree.</summary>
    Differs,
    /// <summary>One side does not know it: nothing to compare.</summary>
    Unknown,
}
