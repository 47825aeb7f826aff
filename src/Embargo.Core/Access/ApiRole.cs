namespace Embargo.Core.Access;

/// <summary>
/// What an API key (or user) may do. Roles nest: a reviewer may also screen, an approver may also review,
/// an administrator may do everything. Four-eyes rules are about persons, not roles: an approver still
/// cannot approve their own decision.
/// </summary>
public enum ApiRole
{
    /// <summary>Screen parties, scan text, run batch jobs, read lists and entities.</summary>
    Screen = 1,
    /// <summary>Review alerts (decide, comment, allow-list) besides screening.</summary>
    Review = 2,
    /// <summary>Confirm another reviewer's decision (the second pair of eyes) besides reviewing.</summary>
    Approve = 3,
    /// <summary>Manage lists, keys, users and settings besides everything else.</summary>
    Admin = 4,
}
