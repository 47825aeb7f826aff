using Embargo.Evaluation.Report;

namespace Embargo.Evaluation.Data;

/// <summary>
/// What a benchmark found wrong in its input (rows skipped, fields ignored) or in the engine (a query that threw),
/// collected so that one bad row never stops a run and every one is still accounted for. Thread-safe.
/// </summary>
internal sealed class DataIssues
{
    private const int Shown = 12;
    private readonly List<string> _messages = [];
    private readonly Lock _lock = new();

    public int Count
    {
        get { lock (_lock) return _messages.Count; }
    }

    public void Report(string file, long line, string message) =>
        Report($"{Path.GetFileName(file)}:{line}: {message}");

    public void Report(string message)
    {
        lock (_lock) _messages.Add(message);
    }

    /// <summary>Writes the issues (the first few in full) below a benchmark's tables; nothing when there were none.</summary>
    public void WriteTo(TextWriter output)
    {
        lock (_lock)
        {
            if (_messages.Count == 0) return;
            output.WriteLine();
            output.WriteLine(Fmt.Inv($"Input issues ({_messages.Count}):"));
            foreach (var message in _messages.Take(Shown)) output.WriteLine("- " + message);
            if (_messages.Count > Shown) output.WriteLine(Fmt.Inv($"- … and {_messages.Count - Shown} more"));
        }
    }
}
