namespace Embargo.Core.Alerts;

/// <summary>
/// The review rules an administrator sets: when a decision needs a second person (four eyes), and how long an
/// allow-listed false positive holds.
/// </summary>
public sealed record ReviewPolicy
{
    public static readonly ReviewPolicy Default = new();

    /// <summary>Matches scored at or above this become alerts; null: the matching algorithm's default threshold.</summary>
    public double? Threshold { get; init; }

    /// <summary>A true match must be confirmed by a second person.</summary>
    public bool FourEyesForTrueMatch { get; init; } = true;

    /// <summary>A false positive scored at or above this must be confirmed by a second person; null: never; 0: always.</summary>
    public double? FourEyesForFalsePositiveFrom { get; init; } = 0.9;

    /// <summary>Days an allow-listed false positive suppresses its alert; null: until the party or the entity changes.</summary>
    public int? AllowListDays { get; init; } = 365;

    public bool RequiresApproval(AlertDecision decision, double score) => decision switch
    {
        AlertDecision.TrueMatch => FourEyesForTrueMatch,
        AlertDecision.FalsePositive => FourEyesForFalsePositiveFrom is { } from && score >= from - 1e-9,
        _ => true,
    };
}
