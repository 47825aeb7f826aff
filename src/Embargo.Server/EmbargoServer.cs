using Embargo.Hosting;
using Embargo.Server.Api.Health;
using Embargo.Server.Api.Reconcile;
using Embargo.Server.Api.V1;
using Embargo.Server.Api.Yente;
using Embargo.Server.Json;
using Embargo.Server.Metrics;
using Embargo.Server.Problems;
using Embargo.Server.Security;
using Embargo.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Embargo.Server;

/// <summary>
/// Builds the HTTP service around an open engine: Kestrel, API-key authentication with roles, per-key rate
/// limits, problem details, metrics, OpenAPI, the endpoint groups (native /v1, yente, reconciliation, health) and
/// the analysts' web interface under /ui.
/// </summary>
public static class EmbargoServer
{
    public static WebApplication Build(EmbargoEngine engine, ServerOptions options, TextWriter? log = null)
    {
        if (options.NoAuth && !LoopbackBinding.IsLoopbackOnly(options.Urls))
            throw new InvalidOperationException($"--no-auth is only allowed when listening on loopback addresses only (127.0.0.1, ::1, localhost); got {string.Join(", ", options.Urls)}");

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(EmbargoServer).Assembly.GetName().Name });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Data protection is pulled in by authentication but protects nothing here (keys are not cookies).
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        if (options.LogRequests) builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Information);

        builder.Services.AddSingleton(engine);
        builder.Services.AddSingleton(engine.Keys);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<ServerMetrics>();
        builder.Services.AddHostedService<Monitoring.MonitoringLoop>();
        builder.Services.ConfigureHttpJsonOptions(json => ServerJson.Configure(json.SerializerOptions));
        builder.Services.Configure<RouteHandlerOptions>(route => route.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<RequestExceptionHandler>();
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorization(Policies.Add);
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, RoleRequirementHandler>();
        WebInterface.AddServices(builder.Services, engine);
        builder.Services.AddRateLimiter(limiter => KeyRateLimiting.Configure(limiter, options));
        builder.Services.AddOpenApi("v1", openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Embargo sanctions screening API";
            document.Info.Description = "Native API under /v1, yente-compatible endpoints (/match, /search, /entities, /catalog, /algorithms) and the W3C reconciliation API (/reconcile). Send an API key as 'Authorization: ApiKey KEY'.";
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        engine.StartBackgroundWork(options.JobLease);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestMetricsMiddleware>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();

        HealthEndpoints.Map(app);
        var v1 = app.MapGroup("/v1").WithTags("native");
        ScreeningEndpoints.Map(v1);
        ListEndpoints.Map(v1);
        AdminEndpoints.Map(v1);
        ScanEndpoints.Map(v1);
        JobEndpoints.Map(v1);
        PartyEndpoints.Map(v1);
        AlertEndpoints.Map(v1);
        AuditEndpoints.Map(v1);
        UserEndpoints.Map(v1);
        YenteEndpoints.Map(app);
        ReconcileEndpoints.Map(app);
        WebInterface.Map(app);
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.UseSwaggerUI(ui =>
        {
            ui.RoutePrefix = "docs";
            ui.SwaggerEndpoint("/openapi/v1.json", "Embargo API v1");
            ui.DocumentTitle = "Embargo API";
        });
        app.MapGet("/", () => Results.Redirect(WebInterface.Root)).ExcludeFromDescription().AllowAnonymous();
        return app;
    }
}
