using Embargo.Core.Access;

namespace Embargo.Hosting.Output;

/// <summary>The JSON shape of a user (never the password hash), for the CLI, the server and the audit trail.</summary>
public static class UserJson
{
    public static object User(User u) => new
    {
        id = u.Id,
        name = u.Name,
        roles = u.Roles.Order().Select(r => r.Name()),
        disabled = u.Disabled,
        has_password = u.PasswordHash is not null,
        created_at = u.CreatedAt,
    };

    public static IEnumerable<object> Users(IReadOnlyList<User> users) => users.Select(User);
}
