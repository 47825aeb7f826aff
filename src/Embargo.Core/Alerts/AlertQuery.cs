namespace Embargo.Core.Alerts;

/// <summary>
/// Which alerts to list: any combination of status, party, entity, list, assignee, minimum score and age; newest
/// first, a page at a time.
/// </summary>
public sealed record AlertQuery
{
    public IReadOnlyList<AlertStatus>? Statuses { get; init; }
    public string? PartyId { get; init; }
    public string? EntityId { get; init; }
    public string? Assignee { get; init; }
    /// <summary>Only alerts on entities of this list source (<c>un-sc</c>, <c>us-ofac-sdn</c>): entity ids start with it.</summary>
    public string? Source { get; init; }
    /// <summary>Only alerts scored at least this.</summary>
    public double? MinScore { get; init; }
    /// <summary>Only alerts raised before this moment (older than some days).</summary>
    public DateTimeOffset? CreatedBefore { get; init; }
    public int Offset { get; init; }
    public int Limit { get; init; } = 100;
}
