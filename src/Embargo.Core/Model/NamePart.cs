namespace Embargo.Core.Model;

/// <summary>
/// One part of a name as the source separates it. <see cref="Kind"/> is one of the constants of
/// <see cref="NamePartKinds"/>, or the source's own label when none fits.
/// </summary>
public sealed record NamePart(string Kind, string Value);
