namespace Embargo.Core.Access;

/// <summary>
/// What an API key may do. Roles nest: a reviewer may also screen, an administrator may do everything.
/// </summary>
public enum ApiRole
{
    /// <summary>Screen parties, scan text, run batch jobs, read lists and entities.</summary>
    Screen = 1,
    /// <summary>Review alerts (decide, comment, allow-list) besides screening.</summary>
    Review = 2,
    /// <summary>Manage lists, keys and settings besides everything else.</summary>
    Admin = 3,
}
