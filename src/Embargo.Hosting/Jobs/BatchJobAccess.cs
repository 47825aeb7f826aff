using Embargo.Core.Access;

namespace Embargo.Hosting.Jobs;

/// <summary>
/// Who may see a batch job, for every front end: the one who submitted it (an API key, or a web user) and
/// administrators. Owners are the API key's id, or <c>user:{id}</c> for the web interface (no key id has a colon).
/// </summary>
public static class BatchJobAccess
{
    /// <summary>The largest batch file a front end accepts (2 GB).</summary>
    public const long MaxUploadBytes = 2L * 1024 * 1024 * 1024;

    public static string WebOwner(string userId) => "user:" + userId;

    /// <summary>Whose jobs a listing shows: everyone's for an administrator (null), else the caller's own.</summary>
    public static string? ListedOwner(string owner, ApiRole role) => role.Grants(ApiRole.Admin) ? null : owner;

    /// <summary>The job when the caller may see it, else null (answered as not found: it does not say the job exists).</summary>
    public static BatchJob? VisibleTo(BatchJob? job, string owner, ApiRole role) =>
        job is not null && (role.Grants(ApiRole.Admin) || string.Equals(job.Owner, owner, StringComparison.Ordinal)) ? job : null;
}
