using Embargo.Core.Snapshots;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Import;

/// <summary>What one import did, with the snapshot now active and the one it replaced.</summary>
public sealed record ImportResult(
    ImportOutcome Outcome,
    ListSnapshot Snapshot,
    ListSnapshot? Previous,
    IReadOnlyList<ParseIssue> Issues,
    int IssueCount,
    TimeSpan Elapsed);
