namespace Embargo.Core.Snapshots;

/// <summary>The content hash and primary name of one entry in one snapshot.</summary>
public sealed record EntryDigest(string Hash, string Name);
