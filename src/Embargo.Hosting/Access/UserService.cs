using Embargo.Core.Access;
using Embargo.Core.Audit;
using Embargo.Core.Review;
using Embargo.Hosting.Audit;
using Embargo.Hosting.Output;

namespace Embargo.Hosting.Access;

/// <summary>
/// Registers and manages users, and says who a CLI operator is. Only administrators manage users; until the
/// first user exists, a local CLI operator acts as administrator (under the OS account's name), so that the
/// first administrator can be registered. The last enabled administrator cannot be disabled or demoted.
/// </summary>
public sealed class UserService(IUserStore store, AuditService audit, TimeProvider clock)
{
    /// <summary>Runs after a user changed (the key service forgets the keys it checked).</summary>
    public event Action? Changed;

    public const int MaxNameLength = 200;

    /// <summary>The roles a user may hold (screening needs no role of its own).</summary>
    public const string RoleChoices = "review, approve, admin";

    public async Task<User> AddAsync(Actor actor, string id, string? name, IReadOnlyList<ApiRole> roles, string? password, CancellationToken cancellationToken)
    {
        actor.Require(ApiRole.Admin, "manage users");
        var normalized = UserIds.Normalize(id)
            ?? throw new InvalidRequestException($"'{id}' is not a user id: 1 to {UserIds.MaxLength} lowercase letters, digits, '.', '_', '-' or '@'");
        var display = string.IsNullOrWhiteSpace(name) ? normalized : name.Trim();
        if (display.Length > MaxNameLength) throw new InvalidRequestException($"a user's name has at most {MaxNameLength} characters");
        var user = new User
        {
            Id = normalized,
            Name = display,
            Roles = CheckRoles(roles),
            PasswordHash = password is null ? null : HashPassword(password),
            CreatedAt = clock.GetUtcNow(),
        };
        if (!await store.AddAsync(user, audit.Entry(actor, AuditActions.UserAdd, Subject(user.Id), null, UserJson.User(user)), cancellationToken))
            throw new ConflictException($"there is already a user '{normalized}'");
        return user;
    }

    public Task<IReadOnlyList<User>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    public async Task<User?> FindAsync(string id, CancellationToken cancellationToken) =>
        UserIds.Normalize(id) is { } normalized ? await store.FindAsync(normalized, cancellationToken) : null;

    public async Task<User> GetAsync(string id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) ?? throw new NotFoundException($"no user '{id}'; see 'embargo users list'");

    public Task<User> DisableAsync(Actor actor, string id, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, u => u with { Disabled = true }, cancellationToken);

    public Task<User> EnableAsync(Actor actor, string id, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, u => u with { Disabled = false }, cancellationToken);

    public Task<User> SetRolesAsync(Actor actor, string id, IReadOnlyList<ApiRole> roles, CancellationToken cancellationToken)
    {
        var checkedRoles = CheckRoles(roles);
        return ChangeAsync(actor, id, u => u with { Roles = checkedRoles }, cancellationToken);
    }

    public Task<User> SetPasswordAsync(Actor actor, string id, string password, CancellationToken cancellationToken)
    {
        var hash = HashPassword(password);
        return ChangeAsync(actor, id, u => u with { PasswordHash = hash }, cancellationToken);
    }

    /// <summary>The user with this id and password, if enabled (for the web interface's sign-in).</summary>
    public async Task<User?> SignInAsync(string id, string password, CancellationToken cancellationToken)
    {
        var user = await FindAsync(id, cancellationToken);
        return user is { Disabled: false } && UserPassword.Verify(password, user.PasswordHash) ? user : null;
    }

    /// <summary>
    /// The actor behind a CLI command run as <paramref name="name"/>: the registered user of that id (refused when
    /// disabled), or — only while no user is registered — a local operator with the administrator role.
    /// </summary>
    public async Task<Actor> ResolveLocalAsync(string name, CancellationToken cancellationToken)
    {
        var id = UserIds.Normalize(name) ?? throw new InvalidRequestException($"'{name}' is not a user id; pass --as NAME or set EMBARGO_USER");
        var user = await store.FindAsync(id, cancellationToken);
        if (user is not null)
        {
            if (user.Disabled) throw new AccessDeniedException($"user '{id}' is disabled");
            return Actor.ForUser(user);
        }
        if (await store.CountAsync(cancellationToken) == 0) return new Actor(id, ApiRole.Admin, ActorKind.Local);
        throw new AccessDeniedException($"'{id}' is not a registered user; pass --as NAME (or set EMBARGO_USER) with one of 'embargo users list'");
    }

    /// <summary>The actor behind an API key: its user (with the smaller of the two roles), or the key itself; null when the user is disabled or gone.</summary>
    public async Task<Actor?> ActorForKeyAsync(ApiKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.UserId is null) return Actor.ForKey(key.Id, key.Role);
        var user = await store.FindAsync(key.UserId, cancellationToken);
        if (user is null || user.Disabled) return null;
        return new Actor(user.Id, user.Role < key.Role ? user.Role : key.Role, ActorKind.User);
    }

    /// <summary>Parses <c>review,approve</c>; <c>none</c> or blank is no role.</summary>
    public static IReadOnlyList<ApiRole> ParseRoles(string? text)
    {
        var roles = new List<ApiRole>();
        if (string.IsNullOrWhiteSpace(text) || string.Equals(text.Trim(), "none", StringComparison.OrdinalIgnoreCase)) return roles;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!ApiRoles.TryParse(part, out var role) || role == ApiRole.Screen)
                throw new InvalidRequestException($"'{part}' is not a user role; use any of {RoleChoices}");
            roles.Add(role);
        }
        return CheckRoles(roles);
    }

    private async Task<User> ChangeAsync(Actor actor, string id, Func<User, User> change, CancellationToken cancellationToken)
    {
        actor.Require(ApiRole.Admin, "manage users");
        var before = await GetAsync(id, cancellationToken);
        var after = change(before);
        if (before.Role == ApiRole.Admin && !before.Disabled && (after.Role != ApiRole.Admin || after.Disabled))
        {
            var admins = (await store.ListAsync(cancellationToken)).Count(u => u.Role == ApiRole.Admin && !u.Disabled);
            if (admins <= 1) throw new ConflictException($"'{before.Id}' is the last enabled administrator; make another user admin first");
        }
        if (!await store.UpdateAsync(after, audit.Entry(actor, AuditActions.UserUpdate, Subject(before.Id), UserJson.User(before), UserJson.User(after)), cancellationToken))
            throw new NotFoundException($"no user '{id}'");
        Changed?.Invoke();
        return after;
    }

    private static IReadOnlyList<ApiRole> CheckRoles(IReadOnlyList<ApiRole> roles)
    {
        if (roles.Any(r => r == ApiRole.Screen)) throw new InvalidRequestException($"users hold any of {RoleChoices}; screening needs no role");
        return [.. roles.Distinct().Order()];
    }

    private static string HashPassword(string password) =>
        password.Length >= UserPassword.MinLength
            ? UserPassword.Hash(password)
            : throw new InvalidRequestException($"a password has at least {UserPassword.MinLength} characters");

    public static string Subject(string id) => "user:" + id;
}
