namespace Embargo.Core.Model;

/// <summary>One name of a listed party, with what the publisher says about it.</summary>
public sealed record EntryName
{
    /// <summary>The whole name as published, e.g. <c>SHUGAEV, Dmitry Evgenyevich</c>.</summary>
    public required string Full { get; init; }

    public NameType Type { get; init; } = NameType.Primary;

    /// <summary>How much the publisher trusts the name as an identifier.</summary>
    public NameStrength Strength { get; init; } = NameStrength.Strong;

    /// <summary>The publisher's own quality label where it has one (UN <c>Good</c> / <c>Low</c>, UK <c>Good quality</c>).</summary>
    public string? Quality { get; init; }

    /// <summary>ISO 15924 script code when not Latin (<c>Cyrl</c>, <c>Arab</c>, <c>Hans</c>…).</summary>
    public string? Script { get; init; }

    /// <summary>ISO 639 language code or the publisher's language label.</summary>
    public string? Language { get; init; }

    /// <summary>Parts of the name where the source gives them separately, in the source's order.</summary>
    public IReadOnlyList<NamePart> Parts { get; init; } = [];

    /// <summary>The publisher's note about this name.</summary>
    public string? Note { get; init; }

    /// <summary>The publisher's id for this alias (OFAC alt_num, EU nameAlias logicalId).</summary>
    public string? SourceRef { get; init; }
}
