using Embargo.Core.Model;

namespace Embargo.Core.Snapshots;

/// <summary>What a snapshot holds, by kind.</summary>
public sealed record SnapshotCounts
{
    public int Entities { get; init; }
    public int Persons { get; init; }
    public int Organizations { get; init; }
    public int Vessels { get; init; }
    public int Aircraft { get; init; }
    public int Unknown { get; init; }
    /// <summary>Every name, primary and aliases.</summary>
    public int Names { get; init; }

    public SnapshotCounts Add(ListEntry entry) => entry.Kind switch
    {
        EntityKind.Person => this with { Entities = Entities + 1, Persons = Persons + 1, Names = Names + 1 + entry.Aliases.Count },
        EntityKind.Organization => this with { Entities = Entities + 1, Organizations = Organizations + 1, Names = Names + 1 + entry.Aliases.Count },
        EntityKind.Vessel => this with { Entities = Entities + 1, Vessels = Vessels + 1, Names = Names + 1 + entry.Aliases.Count },
        EntityKind.Aircraft => this with { Entities = Entities + 1, Aircraft = Aircraft + 1, Names = Names + 1 + entry.Aliases.Count },
        _ => this with { Entities = Entities + 1, Unknown = Unknown + 1, Names = Names + 1 + entry.Aliases.Count },
    };
}
