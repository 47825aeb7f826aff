using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Embargo.Server.Problems;

/// <summary>RFC 9457 problem details for every error the API returns.</summary>
internal static class Problems
{
    public static IResult BadRequest(string field, string detail) => Results.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "The request is not valid",
        Detail = $"{field}: {detail}",
        Type = "https://embargo.dev/problems/invalid-request",
        Extensions = { ["field"] = field },
    });

    public static IResult NotFound(string detail) => Results.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Not found",
        Detail = detail,
        Type = "https://embargo.dev/problems/not-found",
    });

    public static IResult Conflict(string detail) => Results.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status409Conflict,
        Title = "Conflict",
        Detail = detail,
        Type = "https://embargo.dev/problems/conflict",
    });

    public static IResult Unavailable(string detail) => Results.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status503ServiceUnavailable,
        Title = "Not ready",
        Detail = detail,
        Type = "https://embargo.dev/problems/not-ready",
    });

    /// <summary>Writes a problem directly (for middleware that runs outside endpoint results).</summary>
    public static Task WriteAsync(HttpContext context, int status, string title, string detail, string type)
    {
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail, Type = type },
        }).AsTask();
    }
}
