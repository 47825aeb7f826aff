namespace Embargo.Core.Alerts;

/// <summary>Which alerts to list: any combination of status, party, entity and assignee; newest first, a page at a time.</summary>
public sealed record AlertQuery
{
    public IReadOnlyList<AlertStatus>? Statuses { get; init; }
    public string? PartyId { get; init; }
    public string? EntityId { get; init; }
    public string? Assignee { get; init; }
    public int Offset { get; init; }
    public int Limit { get; init; } = 100;
}
