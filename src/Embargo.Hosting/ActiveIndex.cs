using Embargo.Core.Snapshots;
using Embargo.Matching;

namespace Embargo.Hosting;

/// <summary>The screening index over the active snapshots, and which snapshots those were (for the record).</summary>
public sealed record ActiveIndex(ScreeningIndex Index, IReadOnlyList<ListSnapshot> Snapshots, TimeSpan BuildTime);
