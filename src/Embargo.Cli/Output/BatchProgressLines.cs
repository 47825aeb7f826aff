using System.Globalization;
using Embargo.Hosting.Batch;

namespace Embargo.Cli.Output;

/// <summary>Batch progress where no terminal shows a bar: a plain line on standard error every few seconds.</summary>
internal sealed class BatchProgressLines : IProgress<BatchProgress>
{
    private readonly TextWriter _error;
    private readonly TimeSpan _every;
    private TimeSpan _next;

    public BatchProgressLines(TextWriter error, TimeSpan every)
    {
        _error = error;
        _every = every;
        _next = every;
    }

    public void Report(BatchProgress value)
    {
        if (value.Elapsed < _next) return;
        _next = value.Elapsed + _every;
        _error.WriteLine(Describe(value));
    }

    public static string Describe(BatchProgress p) => string.Create(CultureInfo.InvariantCulture,
        $"screened {p.Records:N0} records{(p.Fraction is { } f ? $" ({f:P0})" : "")}, {p.RecordsPerSecond:N0}/s, " +
        $"{p.WithMatches:N0} with matches, {p.Errors:N0} errors{(p.Remaining is { } r ? $", about {Eta(r)} left" : "")}");

    public static string Eta(TimeSpan t) => t.TotalHours >= 1
        ? t.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
        : t.ToString(@"m\:ss", CultureInfo.InvariantCulture);
}
