using System.Globalization;
using Embargo.Hosting.Batch;
using Spectre.Console;

namespace Embargo.Cli.Output;

/// <summary>Batch progress on a terminal: a bar on standard error with the records done, the rate and the time left.</summary>
internal static class BatchProgressBar
{
    private const int Steps = 1000;

    public static async Task<T> RunAsync<T>(TextWriter error, Func<IProgress<BatchProgress>, Task<T>> run)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("screening", maxValue: Steps);
                return await run(new Reporter(task));
            });
    }

    private sealed class Reporter(ProgressTask task) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value)
        {
            task.Value = (value.Fraction ?? 0) * Steps;
            // Short enough for an 80-column terminal beside the bar.
            var eta = value.Remaining is { } left ? ", ETA " + BatchProgressLines.Eta(left) : "";
            task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{value.Records:N0} records, {value.RecordsPerSecond:N0}/s, {value.WithMatches:N0} matched, {value.Errors:N0} errors{eta}"));
        }
    }
}
