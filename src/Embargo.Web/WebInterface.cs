using System.Text.Encodings.Web;
using System.Text.Unicode;
using Embargo.Hosting;
using Embargo.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.WebEncoders;

namespace Embargo.Web;

/// <summary>
/// The analysts' web interface under <c>/ui</c>: Razor Pages rendered on the server, cookie sign-in with the users'
/// passwords, anti-forgery tokens on every form, the same roles as the API. The server adds it with
/// <see cref="AddServices"/> and <see cref="Map"/>.
/// </summary>
public static class WebInterface
{
    public const string Root = "/ui";

    public static void AddServices(IServiceCollection services, EmbargoEngine engine)
    {
        services.AddRazorPages(pages =>
            {
                pages.Conventions.AuthorizeFolder("/", WebPolicies.Screen);
                pages.Conventions.AllowAnonymousToPage("/SignIn");
            })
            .AddApplicationPart(typeof(WebInterface).Assembly);
        services.AddAuthentication().AddCookie(WebUser.Scheme, cookie =>
        {
            cookie.Cookie.Name = "embargo_session";
            cookie.Cookie.Path = Root;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = Root + "/signin";
            cookie.LogoutPath = Root + "/signout";
            cookie.AccessDeniedPath = Root + "/denied";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
        });
        services.AddAuthorization(WebPolicies.Add);
        services.AddSingleton(new SignInThrottle(engine.Clock));
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "embargo_csrf";
            antiforgery.Cookie.Path = Root;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });
        // Names in every script are written as they are, not as character references.
        services.Configure<WebEncoderOptions>(encoder => encoder.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // Sessions survive a restart: the keys that protect cookies live in the data directory, or in the shared
        // store when several nodes share PostgreSQL (a cookie from one node is then good on every other).
        var protection = services.AddDataProtection().SetApplicationName("embargo");
        if (engine.IsShared)
            services.Configure<KeyManagementOptions>(keys => keys.XmlRepository = new SharedXmlRepository(engine.WebKeyRing));
        else
            protection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(engine.DataDirectory, "web-keys")));
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapRazorPages();
        WebAssets.Map(app);
        app.MapGet(Root, () => Results.Redirect(Root + "/screen")).ExcludeFromDescription().AllowAnonymous();
    }

    /// <summary>True for requests the web interface serves (the API's per-key rate limits do not apply to them).</summary>
    public static bool Serves(HttpRequest request) => request.Path.StartsWithSegments(Root, StringComparison.OrdinalIgnoreCase);
}
