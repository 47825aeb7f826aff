namespace Embargo.Core.Alerts;

/// <summary>One step in an alert's history — a comment, an assignment, a decision — with who took it and their words.</summary>
public sealed record AlertEvent(long AlertId, DateTimeOffset At, string Actor, string Kind, string? Text);
