using Embargo.Core.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Embargo.Server.Security;

/// <summary>One authorization policy per role, named after it.</summary>
internal static class Policies
{
    public const string Screen = "screen";
    public const string Review = "review";
    public const string Approve = "approve";
    public const string Admin = "admin";

    public static void Add(AuthorizationOptions options)
    {
        foreach (var role in ApiRoles.All)
        {
            options.AddPolicy(role.Name(), policy => policy
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser()
                .AddRequirements(new RoleRequirement(role)));
        }
    }
}
