using Embargo.Matching;

namespace Embargo.Hosting.Batch;

/// <summary>
/// One record of an input file as read: its place in the file (<see cref="Sequence"/> counts records from 0,
/// <see cref="Line"/> is the 1-based line it starts on), its id, and either the query or why it is malformed.
/// </summary>
public sealed record BatchRecord(long Sequence, long Line, string Id, MatchQuery? Query, string? Error, string? Address = null)
{
    public bool IsError => Error is not null;

    /// <summary>True when the input had no id for the record and its line number stands in.</summary>
    public bool IdFromLine { get; init; }
}
