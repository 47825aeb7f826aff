using System.Security.Claims;
using Embargo.Core.Access;
using Embargo.Hosting.Jobs;
using Embargo.Web.Security;

namespace Embargo.Web.Pages.Batch;

/// <summary>
/// Who owns a job submitted from the web interface, and who may see it: the rule of <see cref="BatchJobAccess"/>, which
/// <c>/v1/jobs</c> follows too. A user's web jobs are owned by <c>user:{id}</c>, which no API key id can equal.
/// </summary>
internal static class WebJobs
{
    /// <summary>The largest upload, as <c>POST /v1/jobs</c> accepts.</summary>
    public const long MaxUploadBytes = BatchJobAccess.MaxUploadBytes;

    public static string OwnerOf(ClaimsPrincipal user) => BatchJobAccess.WebOwner(WebUser.ActorOf(user).Id);

    public static bool SeesAll(ClaimsPrincipal user) => WebUser.Grants(user, ApiRole.Admin);

    public static string? ListedOwner(ClaimsPrincipal user) => BatchJobAccess.ListedOwner(OwnerOf(user), WebUser.ActorOf(user).Role);

    public static BatchJob? Visible(BatchJob? job, ClaimsPrincipal user) => BatchJobAccess.VisibleTo(job, OwnerOf(user), WebUser.ActorOf(user).Role);

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
