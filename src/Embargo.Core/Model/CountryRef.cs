namespace Embargo.Core.Model;

/// <summary>A country as the publisher names it, with its ISO 3166-1 alpha-2 code when it could be resolved.</summary>
public sealed record CountryRef(string Name, string? Code);
