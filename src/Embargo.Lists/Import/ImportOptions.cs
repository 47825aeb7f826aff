using Embargo.Core.Snapshots;

namespace Embargo.Lists.Import;

/// <summary>How an import may deviate from the safe defaults.</summary>
public sealed record ImportOptions
{
    public static readonly ImportOptions Default = new();

    /// <summary>
    /// Below this share of the active snapshot's entities, a new snapshot is refused unless <see cref="AllowShrink"/>:
    /// official lists grow and shrink by a few percent, so a list that halves is a truncated or wrong file.
    /// </summary>
    public const double MinShareOfPrevious = 0.5;

    /// <summary>Accept a snapshot much smaller than the active one (a real mass delisting, or a deliberate test).</summary>
    public bool AllowShrink { get; init; }

    /// <summary>
    /// The publication date to record when the files themselves state none (OFAC's CSV files): e.g. the
    /// publisher's <c>Last-Modified</c> header of a download.
    /// </summary>
    public DateTimeOffset? PublishedAtHint { get; init; }

    /// <summary>The audit record of the snapshot made active, stored in the same transaction (none when null).</summary>
    public SnapshotAudit? Audit { get; init; }
}
