namespace Embargo.Matching.Scoring;

/// <summary>
/// One named piece of evidence. <see cref="Id"/> is stable (it appears in API responses and stored alerts);
/// <see cref="Weight"/> multiplies the computed value into the score.
/// </summary>
internal sealed record Feature(string Id, double Weight, FeatureFunction Compute);

/// <summary>Computes a feature: 0 when it does not fire, with a sentence for people when it does.</summary>
internal delegate FeatureValue FeatureFunction(in ScoringContext context);

internal readonly record struct FeatureValue(double Value, string? Detail)
{
    public static readonly FeatureValue None = new(0, null);
}
