namespace Embargo.Core.Snapshots;

/// <summary>What is known about a snapshot before its entries are stored.</summary>
public sealed record SnapshotDraft
{
    public required string Source { get; init; }
    public required string ContentHash { get; init; }
    public required string Format { get; init; }
    public required string Origin { get; init; }
    public required DateTimeOffset ImportedAt { get; init; }
    /// <summary>Sources whose active snapshot is switched off in the same transaction (the demo list, once an official one arrives).</summary>
    public IReadOnlyList<string> Retires { get; init; } = [];
    /// <summary>
    /// Read once the entries have streamed: parsers learn the publication date and issue count as they go.
    /// </summary>
    public Func<DateTimeOffset?> PublishedAt { get; init; } = static () => null;
    public Func<int> IssueCount { get; init; } = static () => 0;
}
