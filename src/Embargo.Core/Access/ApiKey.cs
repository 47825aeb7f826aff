namespace Embargo.Core.Access;

/// <summary>
/// An API key as stored: everything but the secret, of which only a hash is kept (see <see cref="ApiKeySecret"/>).
/// </summary>
public sealed record ApiKey
{
    /// <summary>The public part of the key, shown in lists and logs (<c>k3f9a…</c>).</summary>
    public required string Id { get; init; }
    /// <summary>Who or what the key is for, as the administrator wrote it.</summary>
    public required string Name { get; init; }
    public required ApiRole Role { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>Set once the key is revoked; a revoked key is refused.</summary>
    public DateTimeOffset? RevokedAt { get; init; }
    /// <summary>Requests per second this key may make; null takes the server's default, 0 means unlimited.</summary>
    public int? RateLimitPerSecond { get; init; }
    /// <summary>The user the key acts for, or null for a key of its own (a system integration).</summary>
    public string? UserId { get; init; }

    public bool IsActive => RevokedAt is null;
}
