namespace Embargo.Core.Model;

/// <summary>What a listed party is.</summary>
public enum EntityKind
{
    /// <summary>The publisher did not say.</summary>
    Unknown = 0,
    Person,
    /// <summary>Companies, government bodies, groups: every non-natural person that is not a craft.</summary>
    Organization,
    Vessel,
    Aircraft,
}
