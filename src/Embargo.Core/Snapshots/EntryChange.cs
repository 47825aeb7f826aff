namespace Embargo.Core.Snapshots;

/// <summary>How one entity differs between two snapshots.</summary>
public sealed record EntryChange(string EntityId, string Name, EntryChangeKind Kind, IReadOnlyList<string> ChangedFields);
