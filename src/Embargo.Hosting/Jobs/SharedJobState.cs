using Embargo.Hosting.Batch;

namespace Embargo.Hosting.Jobs;

/// <summary>
/// What a shared job store keeps of a batch job as JSON: the job (settings and progress) and its checkpoint — the
/// position its stored output reaches, and the list versions and algorithm that output was screened with, so that
/// a node taking the job over continues it only against the same lists.
/// </summary>
internal sealed record SharedJobState
{
    public required BatchJob Job { get; init; }
    public BatchPosition Position { get; init; }
    public IReadOnlyList<string> Snapshots { get; init; } = [];
    public string? Algorithm { get; init; }
}
