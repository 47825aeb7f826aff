using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Embargo.Server.Security;

/// <summary>
/// A token bucket per API key: a key may make its limit of requests per second, with a one-second burst.
/// Anonymous requests share one bucket per client address (they can only reach the open endpoints).
/// </summary>
internal static class KeyRateLimiting
{
    public static void Configure(RateLimiterOptions options, ServerOptions server)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = async (context, cancellationToken) =>
        {
            context.HttpContext.Response.Headers.RetryAfter = "1";
            await Problems.Problems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                "this API key has used its requests for this second; retry after 1 second", "https://embargo.dev/problems/rate-limited");
        };
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            // The web interface's pages are for signed-in people, not keys: the per-key budget does not apply to them.
            if (Web.WebInterface.Serves(context.Request)) return RateLimitPartition.GetNoLimiter("web");
            var keyId = ApiKeyClaims.KeyIdOf(context.User);
            var limit = keyId is null ? server.DefaultRateLimitPerSecond : ApiKeyClaims.RateLimitOf(context.User) ?? server.DefaultRateLimitPerSecond;
            var partition = keyId ?? "ip:" + context.Connection.RemoteIpAddress?.ToString();
            if (limit <= 0) return RateLimitPartition.GetNoLimiter(partition);
            return RateLimitPartition.GetTokenBucketLimiter(partition + "/" + limit.ToString(CultureInfo.InvariantCulture), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = limit,
                TokensPerPeriod = limit,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
    }
}
