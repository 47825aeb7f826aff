using System.Text.Json;
using Embargo.Core.Access;
using Embargo.Core.Review;
using Embargo.Core.Storage;
using Embargo.Hosting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Embargo.Server.Problems;

/// <summary>
/// Turns exceptions into problem details: what the client got wrong is a 400 naming the field, a body too large
/// a 413, and only a real fault a 500 (logged, without internals in the response).
/// </summary>
internal sealed class RequestExceptionHandler(IProblemDetailsService problems, ILogger<RequestExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail, field) = Classify(exception);
        if (status == StatusCodes.Status500InternalServerError)
            logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable) context.Response.Headers.RetryAfter = "5";
        var details = new ProblemDetails { Status = status, Title = title, Detail = detail, Type = $"https://embargo.dev/problems/{status}" };
        if (field is not null) details.Extensions["field"] = field;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception });
    }

    private static (int Status, string Title, string Detail, string? Field) Classify(Exception exception) => exception switch
    {
        RequestFieldException e => (400, "The request is not valid", e.Message, e.Field),
        JsonException e => (400, "The request body is not valid JSON", JsonProblem(e), e.Path ?? "body"),
        BadHttpRequestException { StatusCode: 413 } e => (413, "The request body is too large", e.Message, null),
        BadHttpRequestException { InnerException: JsonException j } => (400, "The request body is not valid JSON", JsonProblem(j), j.Path ?? "body"),
        BadHttpRequestException e => (e.StatusCode, "The request is not valid", e.Message, null),
        ListCatalogException e => (404, "Not found", e.Message, null),
        StoreUnavailableException e => (503, "The store is unavailable", e.Message, null),
        NotFoundException e => (404, "Not found", e.Message, null),
        InvalidRequestException e => (400, "The request is not valid", e.Field is null ? e.Message : $"{e.Field}: {e.Message}", e.Field),
        ConflictException e => (409, "Conflict", e.Message, null),
        AccessDeniedException e => (403, "Not allowed", e.Message, null),
        _ => (500, "Internal error", "The server failed to handle the request; it has been logged.", null),
    };

    private static string JsonProblem(JsonException e) =>
        e.LineNumber is { } line ? $"body: invalid JSON at line {line + 1}, position {e.BytePositionInLine + 1}" + (e.Path is { Length: > 1 } p ? $" (at {p})" : "")
        : $"body: invalid JSON{(e.Path is { Length: > 1 } path ? $" at {path}" : "")}";
}
