namespace Embargo.Matching;

/// <summary>Every tuned number of the matcher, in one place, each with the example that motivated it.</summary>
public static class Tuning
{
    /// <summary>Default match threshold; chosen on the dev name pairs (see docs/benchmarks.md).</summary>
    public const double DefaultThreshold = 0.80;

    /// <summary>Candidates scoring below this are not shown at all.</summary>
    public const double DefaultCutoff = 0.60;
}
