namespace Embargo.Matching.Scan;

/// <summary>Knobs of a free-text scan.</summary>
public sealed record ScanOptions
{
    public static readonly ScanOptions Default = new();

    /// <summary>A span scoring at or above this against a listed name is a mention.</summary>
    public double Threshold { get; init; } = Tuning.DefaultThreshold;

    /// <summary>The longest run of words considered as one name ("Presidency of Defense Industries" is four).</summary>
    public int MaxSpanTokens { get; init; } = 8;

    /// <summary>Characters of context shown on each side of a mention.</summary>
    public int SnippetRadius { get; init; } = 60;

    /// <summary>At most this many listed entities reported for the same words (the same name on two lists).</summary>
    public int MaxEntitiesPerSpan { get; init; } = 3;
}
