namespace Embargo.Evaluation.Report;

/// <summary>Order statistics of measured durations in milliseconds (nearest-rank percentiles).</summary>
internal sealed class Latency
{
    private readonly double[] _sorted;

    public Latency(IEnumerable<double> milliseconds)
    {
        _sorted = [.. milliseconds.Order()];
        if (_sorted.Length == 0) throw new ArgumentException("no measurements", nameof(milliseconds));
    }

    public int Count => _sorted.Length;
    public double Mean => _sorted.Average();
    public double Max => _sorted[^1];
    public double Total => _sorted.Sum();

    public double Percentile(double p) => _sorted[Math.Clamp((int)Math.Ceiling(p / 100 * _sorted.Length) - 1, 0, _sorted.Length - 1)];
}
