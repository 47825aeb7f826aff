using System.Net;
using System.Text.RegularExpressions;
using Embargo.Hosting;
using Embargo.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Embargo.Web.Tests;

/// <summary>
/// The web interface driven by plain HTTP, for tests that need a server of their own (no browser): start one, make
/// a client with a cookie jar, sign in through the form with its anti-forgery token.
/// </summary>
public static partial class FormClient
{
    public static async Task<WebApplication> StartAsync(EmbargoEngine engine)
    {
        var app = EmbargoServer.Build(engine, new ServerOptions { Urls = ["http://127.0.0.1:0"] });
        await app.StartAsync();
        return app;
    }

    /// <summary>A client that keeps cookies in <paramref name="cookies"/> and does not follow redirects.</summary>
    public static HttpClient For(WebApplication app, CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()),
        };

    /// <summary>Posts the sign-in form as a browser would; a redirect means signed in.</summary>
    public static async Task<HttpStatusCode> SignInAsync(HttpClient client, string user, string password)
    {
        var form = await client.GetStringAsync(new Uri("/ui/signin", UriKind.Relative));
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["user"] = user,
            ["password"] = password,
            ["__RequestVerificationToken"] = TokenField().Match(form).Groups[1].Value,
        });
        using var response = await client.PostAsync(new Uri("/ui/signin", UriKind.Relative), content);
        return response.StatusCode;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
