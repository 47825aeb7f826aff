using Embargo.Core.Access;
using Microsoft.AspNetCore.Authorization;

namespace Embargo.Server.Security;

/// <summary>Grants a <see cref="RoleRequirement"/> when the caller's key holds that role or a wider one.</summary>
internal sealed class RoleRequirementHandler : AuthorizationHandler<RoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RoleRequirement requirement)
    {
        if (ApiKeyClaims.RoleOf(context.User) is { } held && held.Grants(requirement.Role)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
