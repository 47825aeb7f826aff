using Embargo.Core.Access;

namespace Embargo.Cli.Commands.Users;

/// <summary>A user's roles as the CLI prints them.</summary>
internal static class UserRoles
{
    public static string Describe(User user) => user.Roles.Count == 0 ? "no roles" : string.Join(", ", user.Roles.Order().Select(r => r.Name()));
}
