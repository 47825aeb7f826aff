using Embargo.Evaluation.Data;
using Embargo.Matching;

namespace Embargo.Evaluation;

/// <summary>What every benchmark shares: the options, where the data is, the parsed lists and indexes, the output.</summary>
internal sealed class EvaluationContext(string sharedDirectory, EvaluationOptions options, TextWriter output, TextWriter progress)
{
    public EvaluationOptions Options => options;

    /// <summary>The tables: stdout, ready to paste.</summary>
    public TextWriter Output => output;

    /// <summary>Loading and timing notes: stderr, so that they stay out of the tables.</summary>
    public TextWriter Progress => progress;

    public ListCatalog Lists { get; } = new(sharedDirectory, progress);

    /// <summary>The screening options of every benchmark: the product's defaults at the chosen threshold.</summary>
    public MatchOptions ScreenOptions { get; } = MatchOptions.Default with
    {
        Threshold = options.Threshold,
        Cutoff = Math.Min(MatchOptions.Default.Cutoff, options.Threshold),
    };

    public string BenchPath(params string[] parts) => Path.Combine([sharedDirectory, "data", "bench", .. parts]);

    /// <summary>A benchmark's heading, what it ran on, and the goal for it.</summary>
    public void Heading(string title, string setup, string goal)
    {
        output.WriteLine();
        output.WriteLine("### " + title);
        output.WriteLine();
        output.WriteLine(setup);
        output.WriteLine("Goal: " + goal);
        output.WriteLine();
    }

    /// <summary>A sub-heading for a benchmark's second and later tables.</summary>
    public void Caption(string text)
    {
        output.WriteLine();
        output.WriteLine(text);
        output.WriteLine();
    }

    /// <summary>The options as a phrase for headings.</summary>
    public string DescribeScreenOptions() => Report.Fmt.Inv(
        $"threshold {ScreenOptions.Threshold:F2}, cutoff {ScreenOptions.Cutoff:F2}, limit {ScreenOptions.Limit}");
}
