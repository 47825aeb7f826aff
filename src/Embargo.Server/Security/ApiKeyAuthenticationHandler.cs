using System.Text.Encodings.Web;
using Embargo.Hosting.Access;
using Embargo.Server.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Embargo.Server.Security;

/// <summary>
/// Authenticates a request by its API key: <c>Authorization: ApiKey KEY</c> (as OpenSanctions clients send it),
/// <c>Authorization: Bearer KEY</c>, <c>X-API-Key: KEY</c>, or <c>?api_key=KEY</c> (OpenRefine cannot set headers).
/// Without a key the request stays anonymous; endpoints that need a role then answer 401.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiKeyService keys, ServerOptions server)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (server.NoAuth) return AuthenticateResult.Success(new AuthenticationTicket(ApiKeyClaims.AnonymousAdmin(SchemeName), SchemeName));
        var token = ReadToken(Request);
        if (token is null) return AuthenticateResult.NoResult();
        var found = await keys.AuthenticateActorAsync(token, Context.RequestAborted);
        if (found is not { } f) return AuthenticateResult.Fail("the API key is unknown or revoked");
        return AuthenticateResult.Success(new AuthenticationTicket(ApiKeyClaims.For(f.Key, f.Actor, SchemeName), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "ApiKey";
        return Problems.Problems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Authentication required",
            ReadToken(Request) is null
                ? "send an API key: 'Authorization: ApiKey KEY' (or Bearer, X-API-Key, ?api_key=); create one with 'embargo keys create --role screen'"
                : "the API key is unknown or revoked (or its user is disabled)",
            "https://embargo.dev/problems/unauthorized");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problems.Problems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Not allowed",
            $"this API key's role ({Context.User.FindFirst(ApiKeyClaims.Role)?.Value ?? "none"}) does not allow this request",
            "https://embargo.dev/problems/forbidden");

    private static string? ReadToken(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        foreach (var scheme in (ReadOnlySpan<string>)["ApiKey ", "Bearer "])
        {
            if (authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return authorization[scheme.Length..].Trim();
        }
        var header = request.Headers["X-API-Key"].ToString();
        if (header.Length > 0) return header.Trim();
        var query = request.Query["api_key"].ToString();
        return query.Length > 0 ? query : null;
    }
}
