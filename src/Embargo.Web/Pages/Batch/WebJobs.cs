using System.Security.Claims;
using Embargo.Core.Access;
using Embargo.Hosting.Jobs;
using Embargo.Web.Security;

namespace Embargo.Web.Pages.Batch;

/// <summary>
/// Who owns a job submitted from the web interface, and who may see it: as on <c>/v1/jobs</c>, the submitter and
/// administrators. A user's web jobs are owned by <c>user:{id}</c>, which no API key id can equal.
/// </summary>
internal static class WebJobs
{
    /// <summary>The largest upload, as <c>POST /v1/jobs</c> accepts (2 GB).</summary>
    public const long MaxUploadBytes = 2L * 1024 * 1024 * 1024;

    public static string OwnerOf(ClaimsPrincipal user) => "user:" + WebUser.ActorOf(user).Id;

    public static bool SeesAll(ClaimsPrincipal user) => WebUser.Grants(user, ApiRole.Admin);

    public static BatchJob? Visible(BatchJob? job, ClaimsPrincipal user) =>
        job is not null && (SeesAll(user) || string.Equals(job.Owner, OwnerOf(user), StringComparison.Ordinal)) ? job : null;

    public static string StatusName(BatchJobStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>A badge class, beside the status word (never colour alone).</summary>
    public static string StatusBadge(BatchJobStatus status) => status switch
    {
        BatchJobStatus.Completed => "ok",
        BatchJobStatus.Failed => "hit",
        BatchJobStatus.Cancelled => "warn",
        _ => "",
    };
}
