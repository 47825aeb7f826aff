namespace Embargo.Matching;

/// <summary>Per-request knobs, as yente has them: what counts as a match, what is shown at all, how many.</summary>
public sealed record MatchOptions
{
    public static readonly MatchOptions Default = new();

    /// <summary>At or above this score a result is a match (an alert).</summary>
    public double Threshold { get; init; } = Tuning.DefaultThreshold;

    /// <summary>Below this score a candidate is dropped from the results.</summary>
    public double Cutoff { get; init; } = Tuning.DefaultCutoff;

    /// <summary>At most this many results, best first.</summary>
    public int Limit { get; init; } = 5;

    /// <summary>Score every name of every entity instead of the index's candidates (to measure the index).</summary>
    public bool Exhaustive { get; init; }
}
