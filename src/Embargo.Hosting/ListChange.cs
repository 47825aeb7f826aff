using Embargo.Core.Access;
using Embargo.Core.Snapshots;

namespace Embargo.Hosting;

/// <summary>A snapshot that became its source's active one, the one it replaced, and who made it so.</summary>
public sealed record ListChange(ListChangeKind Kind, ListSnapshot Snapshot, ListSnapshot? Previous, Actor Actor);
