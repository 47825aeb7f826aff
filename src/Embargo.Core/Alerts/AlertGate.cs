namespace Embargo.Core.Alerts;

/// <summary>
/// Decides whether a match becomes a new alert, given what is on file for the pair — so that screening again never
/// duplicates an alert, a confirmed false positive stays quiet while it holds, and re-alerts saying what changed.
/// </summary>
public static class AlertGate
{
    /// <returns>The verdict; for a lapsed allow-list entry the reason becomes <see cref="AlertReason.AllowListEnded"/> and <c>EndsAllow</c> is true.</returns>
    public static (AlertGateVerdict Verdict, AlertReason Reason, string? Detail, bool EndsAllow) Judge(
        AlertPairState state, AlertReason reason, string? detail, string partyData, string entityHash, string? entityData, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Active is not null) return (AlertGateVerdict.AlreadyKnown, reason, detail, false);
        if (state.Allow is { IsActive: true } allow)
        {
            var verdict = AllowListRule.Check(allow, partyData, entityHash, entityData, now);
            if (verdict.Holds) return (AlertGateVerdict.Suppressed, reason, detail, false);
            // The verdict names what changed on either side, which says more than the screening's own reason.
            return (AlertGateVerdict.Raise, AlertReason.AllowListEnded, verdict.WhatChanged, true);
        }
        if (state.LatestDecided is { Decision: AlertDecision.TrueMatch }) return (AlertGateVerdict.AlreadyKnown, reason, detail, false);
        return (AlertGateVerdict.Raise, reason, detail, false);
    }
}
