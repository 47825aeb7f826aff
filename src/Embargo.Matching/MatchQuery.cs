using Embargo.Core.Model;

namespace Embargo.Matching;

/// <summary>A party to screen: a name and whatever else is known about it.</summary>
public sealed record MatchQuery
{
    public required string Name { get; init; }
    /// <summary>Null when unknown: then no kind is preferred.</summary>
    public EntityKind? Kind { get; init; }
    /// <summary>Date of birth (or incorporation), as precise as known.</summary>
    public PartialDate? BirthDate { get; init; }
    /// <summary>ISO 3166-1 alpha-2 country of nationality, residence or registration.</summary>
    public string? Country { get; init; }
    /// <summary>An identifier: passport, national ID, tax ID, IMO, BIC…</summary>
    public string? IdNumber { get; init; }
    /// <summary><c>male</c> or <c>female</c>.</summary>
    public string? Gender { get; init; }
}
