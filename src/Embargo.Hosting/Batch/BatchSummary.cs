using Embargo.Core.Snapshots;

namespace Embargo.Hosting.Batch;

/// <summary>What a batch run did, written beside the output as <c>OUTPUT.summary.json</c>.</summary>
public sealed record BatchSummary
{
    public required string Input { get; init; }
    public string? Output { get; init; }
    /// <summary>Records in the output, including those an interrupted run wrote before this one resumed it.</summary>
    public long Records { get; init; }
    public long WithMatches { get; init; }
    public long Errors { get; init; }
    /// <summary>Records written by an earlier run that this one continued (0 when it started afresh).</summary>
    public long ResumedAfter { get; init; }
    public double ElapsedSeconds { get; init; }
    /// <summary>Records screened by this run per second of this run.</summary>
    public double RecordsPerSecond { get; init; }
    public required IReadOnlyList<SnapshotVersion> Snapshots { get; init; }
    public bool DemoData { get; init; }
    public double Threshold { get; init; }
    public required string Algorithm { get; init; }

    /// <summary>A source and the version of it screened against.</summary>
    public sealed record SnapshotVersion(string Source, string Version)
    {
        public static SnapshotVersion Of(ListSnapshot snapshot) => new(snapshot.Source, snapshot.Version);
    }
}
