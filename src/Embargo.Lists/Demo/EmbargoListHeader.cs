namespace Embargo.Lists.Demo;

/// <summary>What an <c>embargo-list/1</c> document says about itself, besides its entries.</summary>
public sealed record EmbargoListHeader
{
    /// <summary>Always <c>embargo-list/1</c> for a document that parsed.</summary>
    public required string Format { get; init; }
    public required string Source { get; init; }
    public string? Title { get; init; }
    /// <summary>The <c>published_at</c> text as written, e.g. <c>2026-11-01</c>.</summary>
    public string? PublishedAtText { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public string? Notes { get; init; }
}
