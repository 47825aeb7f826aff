namespace Embargo.Hosting.Batch;

/// <summary>An input file that cannot be screened as given (no name column, a malformed record under --strict), naming the line.</summary>
public sealed class BatchInputException(string file, long line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;
    public long Line { get; } = line;
    public string Problem { get; } = problem;
}
