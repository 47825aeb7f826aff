namespace Embargo.Core.Access;

/// <summary>
/// A person who reviews, approves or administers. Users are disabled, never deleted, so that the audit trail can
/// always name who did what. The password hash is only for the web interface; the CLI trusts the OS account.
/// </summary>
public sealed record User
{
    /// <summary>The login name, lowercase (<c>alice</c>, <c>a.martin@bank.example</c>); never changes.</summary>
    public required string Id { get; init; }
    /// <summary>The name people read (<c>Alice Martin</c>).</summary>
    public required string Name { get; init; }
    /// <summary>What the user may do: any of review, approve, admin (they nest, see <see cref="ApiRole"/>).</summary>
    public required IReadOnlyList<ApiRole> Roles { get; init; }
    /// <summary>A <see cref="UserPassword"/> hash, or null when the user has no password.</summary>
    public string? PasswordHash { get; init; }
    public bool Disabled { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The largest role held, or <see cref="ApiRole.Screen"/> for a user with none.</summary>
    public ApiRole Role => Roles.Count == 0 ? ApiRole.Screen : Roles.Max();
}
