namespace Embargo.Core.Model;

/// <summary>The role of a name on a list.</summary>
public enum NameType
{
    Primary = 0,
    /// <summary>Also known as (OFAC <c>aka</c>).</summary>
    Alias,
    /// <summary>Formerly known as (OFAC <c>fka</c>).</summary>
    FormerName,
    /// <summary>Now known as (OFAC <c>nka</c>).</summary>
    NewName,
    /// <summary>The name written in its original, non-Latin script.</summary>
    OriginalScript,
}
