namespace Embargo.Core.Model;

/// <summary>A place (of birth) as published, with its country resolved where possible.</summary>
public sealed record Place
{
    /// <summary>The publisher's text, e.g. <c>Moscow, Russia</c>.</summary>
    public required string Text { get; init; }
    public string? City { get; init; }
    public string? Region { get; init; }
    public string? Country { get; init; }
    /// <summary>ISO 3166-1 alpha-2 code of <see cref="Country"/>, when it could be resolved.</summary>
    public string? CountryCode { get; init; }
}
