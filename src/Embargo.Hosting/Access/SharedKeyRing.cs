using System.Text.Json;
using Embargo.Core.Review;

namespace Embargo.Hosting.Access;

/// <summary>
/// The keys that protect the web interface's sign-in cookies, kept in the shared store so that a cookie issued by one
/// node is read by every other (nodes behind one load balancer). Keys are only ever added, under a store-wide lock,
/// so two nodes starting at once cannot lose each other's key.
/// </summary>
public sealed class SharedKeyRing(ISettingsStore settings, IStoreLock locks, TimeProvider clock)
{
    private const string Setting = "web.key-ring";

    public async Task<IReadOnlyList<string>> ReadAsync(CancellationToken cancellationToken) =>
        await settings.GetAsync(Setting, cancellationToken) is { } json ? JsonSerializer.Deserialize<string[]>(json) ?? [] : [];

    public async Task AddAsync(string keyXml, CancellationToken cancellationToken)
    {
        await using var held = await locks.AcquireAsync(Setting, wait: true, cancellationToken);
        var keys = (await ReadAsync(cancellationToken)).ToList();
        if (keys.Contains(keyXml, StringComparer.Ordinal)) return;
        keys.Add(keyXml);
        // Key material, not a decision: it is not written to the audit trail.
        await settings.SetAsync(Setting, JsonSerializer.Serialize(keys), clock.GetUtcNow(), [], cancellationToken);
    }
}
