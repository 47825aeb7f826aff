namespace Embargo.Core.Access;

/// <summary>
/// Who does something, and with what role. <see cref="Id"/> names the person for four-eyes checks and the audit
/// trail: a user id (<c>alice</c>), <c>key:{id}</c> for a key without a user, the OS name for a local operator.
/// </summary>
public sealed record Actor(string Id, ApiRole Role, ActorKind Kind)
{
    public static readonly Actor System = new("system", ApiRole.Admin, ActorKind.System);

    public static Actor ForUser(User user) => new(user.Id, user.Role, ActorKind.User);

    public static Actor ForKey(string keyId, ApiRole role) => new("key:" + keyId, role, ActorKind.Key);

    public bool Grants(ApiRole required) => Role.Grants(required);

    /// <summary>Throws <see cref="AccessDeniedException"/> unless the actor holds <paramref name="required"/>.</summary>
    public void Require(ApiRole required, string action)
    {
        if (!Grants(required))
            throw new AccessDeniedException($"{Id} may not {action}: it needs the {required.Name()} role (has {Role.Name()})");
    }
}
