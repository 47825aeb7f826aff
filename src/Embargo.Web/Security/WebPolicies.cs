using Embargo.Core.Access;
using Microsoft.AspNetCore.Authorization;

namespace Embargo.Web.Security;

/// <summary>One policy per role for pages, on the sign-in cookie; roles nest as they do for API keys.</summary>
public static class WebPolicies
{
    public const string Screen = "web:screen";
    public const string Review = "web:review";
    public const string Approve = "web:approve";
    public const string Admin = "web:admin";

    public static string For(ApiRole role) => "web:" + role.Name();

    public static void Add(AuthorizationOptions options)
    {
        foreach (var role in ApiRoles.All)
        {
            options.AddPolicy(For(role), policy => policy
                .AddAuthenticationSchemes(WebUser.Scheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => WebUser.Grants(context.User, role)));
        }
    }
}
