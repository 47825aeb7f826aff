using Embargo.Core.Access;

namespace Embargo.Web.Tests;

/// <summary>The accounts every browser test can sign in with, one per role.</summary>
public static class WebUsers
{
    public sealed record Account(string Id, string Name, IReadOnlyList<ApiRole> Roles, string Password);

    /// <summary>May screen and read, nothing more.</summary>
    public static readonly Account Screener = new("sam", "Sam Screener", [], "sam-password-1");
    /// <summary>Decides alerts.</summary>
    public static readonly Account Analyst = new("ana", "Ana Analyst", [ApiRole.Review], "ana-password-1");
    /// <summary>Approves others' decisions.</summary>
    public static readonly Account Approver = new("oscar", "Oscar Approver", [ApiRole.Approve], "oscar-password-1");
    /// <summary>Another approver, so that four eyes can be met by someone other than the analyst.</summary>
    public static readonly Account SecondApprover = new("petra", "Petra Approver", [ApiRole.Approve], "petra-password-1");
    public static readonly Account Admin = new("ada", "Ada Admin", [ApiRole.Admin], "ada-password-1");

    public static readonly IReadOnlyList<Account> All = [Screener, Analyst, Approver, SecondApprover, Admin];
}
