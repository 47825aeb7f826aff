namespace Embargo.Core.Alerts;

/// <summary>What to do with a match above the threshold.</summary>
public enum AlertGateVerdict
{
    /// <summary>Raise a new alert.</summary>
    Raise,
    /// <summary>An alert for the pair is still being worked, or the pair is a confirmed true match: nothing new.</summary>
    AlreadyKnown,
    /// <summary>An allow-listed false positive that still holds.</summary>
    Suppressed,
}
