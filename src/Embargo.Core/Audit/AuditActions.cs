namespace Embargo.Core.Audit;

/// <summary>The actions the audit trail records (stable names: exports and filters use them).</summary>
public static class AuditActions
{
    public const string ListImport = "list.import";
    public const string ListActivate = "list.activate";
    public const string KeyCreate = "key.create";
    public const string KeyRevoke = "key.revoke";
    public const string UserAdd = "user.add";
    public const string UserUpdate = "user.update";
    public const string PartyAdd = "party.add";
    public const string PartyUpdate = "party.update";
    public const string PartyRemove = "party.remove";
    public const string PartyScreen = "party.screen";
    public const string AlertCreate = "alert.create";
    public const string AlertAssign = "alert.assign";
    public const string AlertComment = "alert.comment";
    public const string AlertDecide = "alert.decide";
    public const string AlertApprove = "alert.approve";
    public const string AlertReject = "alert.reject";
    public const string AlertEscalate = "alert.escalate";
    public const string AlertReopen = "alert.reopen";
    public const string AlertClose = "alert.close";
    public const string AllowListEnd = "allowlist.end";
    public const string PolicySet = "policy.set";
    public const string MonitorRun = "monitor.run";
    /// <summary>An ad-hoc screening (a name, a text, a file) by the API, the web interface or the CLI: what was asked and what matched.</summary>
    public const string Screening = "screening.run";
    public const string ScanRun = "scan.run";
    public const string BatchSubmit = "batch.submit";
    /// <summary>A sign-in to the web interface, and a refused one (wrong password, disabled user, too many tries).</summary>
    public const string UserSignIn = "user.sign-in";
    public const string UserSignInRefused = "user.sign-in-refused";
}
