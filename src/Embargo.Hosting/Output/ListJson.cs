using Embargo.Core.Access;
using Embargo.Core.Snapshots;

namespace Embargo.Hosting.Output;

/// <summary>The JSON shapes of snapshot diffs and API keys, shared by the CLI and the server.</summary>
public static class ListJson
{
    public static IEnumerable<object> Diffs(IReadOnlyList<SnapshotDiff> diffs) => diffs.Select(d => new
    {
        source = d.To.Source,
        from = d.From.Version,
        to = d.To.Version,
        added = d.Added,
        removed = d.Removed,
        changed = d.Changed,
        changes = d.Changes.Select(c => new { entity_id = c.EntityId, name = c.Name, kind = c.Kind, fields = c.ChangedFields }),
    });

    /// <summary>Keys as listed: never their secrets or hashes.</summary>
    public static IEnumerable<object> Keys(IReadOnlyList<ApiKey> keys) => keys.Select(k => new
    {
        id = k.Id,
        name = k.Name,
        role = k.Role.Name(),
        created_at = k.CreatedAt,
        revoked_at = k.RevokedAt,
        rate_limit_per_second = k.RateLimitPerSecond,
        user_id = k.UserId,
    });
}
