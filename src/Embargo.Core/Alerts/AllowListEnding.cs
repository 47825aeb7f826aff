namespace Embargo.Core.Alerts;

/// <summary>An active allow-list entry to end: the pair, when, and why.</summary>
public sealed record AllowListEnding(string PartyId, string EntityId, DateTimeOffset At, string Reason);
