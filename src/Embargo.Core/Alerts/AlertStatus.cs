namespace Embargo.Core.Alerts;

/// <summary>
/// Where an alert stands. open → in_review → decided (true match / false positive, after approval when the
/// policy asks for it: pending_approval) or escalated; decided, escalated and closed alerts can be reopened.
/// </summary>
public enum AlertStatus
{
    /// <summary>Raised, nobody has taken it yet.</summary>
    Open,
    /// <summary>Assigned to a reviewer (or sent back by an approver).</summary>
    InReview,
    /// <summary>Decided by one reviewer, waiting for a second person with the approve role.</summary>
    PendingApproval,
    /// <summary>Final: a true match or a false positive.</summary>
    Decided,
    /// <summary>Handed up for a decision beyond the reviewer (legal, the MLRO).</summary>
    Escalated,
    /// <summary>Closed without a decision: the entity was delisted or the party is no longer monitored.</summary>
    Closed,
}
