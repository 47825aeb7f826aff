using Embargo.Core.Review;

namespace Embargo.Core.Alerts;

/// <summary>A change was made against an alert version that is no longer current: someone else changed it first.</summary>
public sealed class AlertConflictException(long alertId, int expectedVersion, int currentVersion)
    : ConflictException($"alert {alertId} was changed by someone else (you had version {expectedVersion}, it is now at version {currentVersion}); " +
                        "look at it again and retry")
{
    public long AlertId { get; } = alertId;
    public int ExpectedVersion { get; } = expectedVersion;
    public int CurrentVersion { get; } = currentVersion;
}
