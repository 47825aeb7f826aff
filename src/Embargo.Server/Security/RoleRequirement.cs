using Embargo.Core.Access;
using Microsoft.AspNetCore.Authorization;

namespace Embargo.Server.Security;

/// <summary>An endpoint's need for a role; roles nest (admin ⊇ review ⊇ screen).</summary>
internal sealed class RoleRequirement(ApiRole role) : IAuthorizationRequirement
{
    public ApiRole Role { get; } = role;
}
