namespace Embargo.Core.Alerts;

/// <summary>One change of an alert: the alert before and after, the audit action and the history event it leaves.</summary>
public sealed record AlertChange(Alert Before, Alert After, string Action, AlertEvent Event)
{
    /// <summary>The change makes a false positive final: the pair goes on the allow-list.</summary>
    public bool FinalisesFalsePositive =>
        After is { Status: AlertStatus.Decided, Decision: AlertDecision.FalsePositive } && Before.Status != AlertStatus.Decided;

    /// <summary>The change undoes a final false positive (a reopening): the pair comes off the allow-list.</summary>
    public bool UndoesFalsePositive =>
        Before is { Status: AlertStatus.Decided, Decision: AlertDecision.FalsePositive } && After.Status != AlertStatus.Decided;
}
