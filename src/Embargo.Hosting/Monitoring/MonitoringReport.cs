using Embargo.Core.Alerts;

namespace Embargo.Hosting.Monitoring;

/// <summary>What one monitoring run did: per source, the change it handled; over all, what re-screening found and how long each part took.</summary>
public sealed record MonitoringReport
{
    public IReadOnlyList<SourceChange> Sources { get; init; } = [];
    public int Parties { get; init; }
    /// <summary>Listed entities screened against (added or changed since the last run).</summary>
    public int DeltaEntities { get; init; }
    public int PartiesMatched { get; init; }
    public IReadOnlyList<Alert> Raised { get; init; } = [];
    public IReadOnlyList<Alert> Closed { get; init; } = [];
    public int AlreadyKnown { get; init; }
    public int Suppressed { get; init; }
    /// <summary>Parties screened again in full because an allow-list entry of theirs expired.</summary>
    public int ExpiredRescreened { get; init; }
    public TimeSpan DiffTime { get; init; }
    public TimeSpan IndexTime { get; init; }
    public TimeSpan ScreenTime { get; init; }
    public TimeSpan StoreTime { get; init; }
    public TimeSpan Elapsed { get; init; }

    public bool DidNothing => Sources.Count == 0 && ExpiredRescreened == 0;

    /// <summary>One source whose active snapshot changed since the last run (<see cref="From"/> null: newly screened).</summary>
    public sealed record SourceChange(string Source, string? From, string? To, int Added, int Changed, int Removed);
}
