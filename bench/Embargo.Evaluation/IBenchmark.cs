namespace Embargo.Evaluation;

/// <summary>One benchmark of the "Measured, not assumed" table: reads its data, prints its tables.</summary>
internal interface IBenchmark
{
    /// <summary>The name given on the command line, e.g. <c>un-treated</c>.</summary>
    string Name { get; }

    Task RunAsync(EvaluationContext context, CancellationToken ct);
}
