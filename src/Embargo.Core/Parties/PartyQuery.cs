namespace Embargo.Core.Parties;

/// <summary>A page of parties in id order, optionally only ids starting with a prefix and names containing a text (any case).</summary>
public sealed record PartyQuery
{
    public int Offset { get; init; }
    public int Limit { get; init; } = 100;
    public string? IdPrefix { get; init; }
    public string? NameContains { get; init; }
}
