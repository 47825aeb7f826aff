using System.Text.Json;
using Embargo.Core.Snapshots;

namespace Embargo.Hosting.Monitoring;

/// <summary>The snapshot of each source that monitoring last screened the parties against, as stored in the settings.</summary>
internal sealed record MonitoredSnapshots(Dictionary<string, MonitoredSnapshots.Seen> Sources)
{
    public sealed record Seen(long Key, string Version);

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static MonitoredSnapshots Of(IEnumerable<ListSnapshot> active) =>
        new(active.ToDictionary(s => s.Source, s => new Seen(s.Key, s.Version), StringComparer.Ordinal));

    public static MonitoredSnapshots? Parse(string? json)
    {
        if (json is null) return null;
        var sources = JsonSerializer.Deserialize<Dictionary<string, Seen>>(json, Json);
        return sources is null ? null : new MonitoredSnapshots(new Dictionary<string, Seen>(sources, StringComparer.Ordinal));
    }

    public string Serialize() => JsonSerializer.Serialize(Sources, Json);
}
