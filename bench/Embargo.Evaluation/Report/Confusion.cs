namespace Embargo.Evaluation.Report;

/// <summary>Counts of a binary decision against labels, and precision, recall and F1 from them (null when undefined).</summary>
internal sealed class Confusion
{
    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }
    public int TrueNegatives { get; private set; }
    public int Total => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    public double? Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double? Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double? F1 => Precision is double p && Recall is double r && p + r > 0 ? 2 * p * r / (p + r)
        : TruePositives + FalseNegatives > 0 ? 0 : null;

    public void Add(bool expected, bool predicted)
    {
        if (expected && predicted) TruePositives++;
        else if (predicted) FalsePositives++;
        else if (expected) FalseNegatives++;
        else TrueNegatives++;
    }

    private static double? Ratio(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
