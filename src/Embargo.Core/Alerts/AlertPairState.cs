namespace Embargo.Core.Alerts;

/// <summary>What is on file for one (party, entity) pair: the alert still being worked, the latest decided one, the active allow-list entry.</summary>
public sealed record AlertPairState(Alert? Active, Alert? LatestDecided, AllowListEntry? Allow)
{
    public static readonly AlertPairState None = new(null, null, null);
}
