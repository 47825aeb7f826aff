namespace Embargo.Core.Snapshots;

/// <summary>
/// An immutable, imported version of one source. Decisions cite <see cref="Version"/>; identical content
/// always gets the same <see cref="ContentHash"/>.
/// </summary>
public sealed record ListSnapshot
{
    /// <summary>Store-assigned key, unique across sources.</summary>
    public required long Key { get; init; }
    public required string Source { get; init; }
    /// <summary>Human-citable version, <c>{yyyyMMdd}-{first 8 hex of the content hash}</c>.</summary>
    public required string Version { get; init; }
    /// <summary>The publisher's publication date when the files state it.</summary>
    public DateTimeOffset? PublishedAt { get; init; }
    public required DateTimeOffset ImportedAt { get; init; }
    /// <summary>SHA-256 of the imported files, hex.</summary>
    public required string ContentHash { get; init; }
    /// <summary>The format it was parsed from, e.g. <c>ofac-csv</c>.</summary>
    public required string Format { get; init; }
    /// <summary>Where the files came from: paths or URLs.</summary>
    public required string Origin { get; init; }
    public required SnapshotCounts Counts { get; init; }
    /// <summary>Problems the parser noted without rejecting the file (unreadable dates, skipped rows).</summary>
    public int IssueCount { get; init; }
    public bool IsActive { get; init; }
}
