using System.CommandLine;
using Embargo.Cli.Output;
using Embargo.Hosting;
using Embargo.Hosting.Output;
using Embargo.Matching;
using Embargo.Matching.Scan;

namespace Embargo.Cli.Commands.Screening;

/// <summary>
/// <c>embargo scan FILE|- [--json] [--threshold T]</c>: find listed parties named in a document, an article or
/// payment text. Exits with 1 when the text names one (a strong mention), 0 when not, 2 on error.
/// </summary>
internal static class ScanCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var file = new Argument<string>("FILE") { Description = "The text file to scan (UTF-8, else Windows-1252), or - for standard input." };
        var threshold = new Option<double>("--threshold") { Description = "Score at or above which words name a listed party.", DefaultValueFactory = _ => Tuning.DefaultThreshold };
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("scan", "Find listed parties named in free text: documents, articles, payment remittance text.") { file, threshold, json };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, (engine, token) =>
        {
            var t = parseResult.GetValue(threshold);
            if (t is < 0 or > 1) throw new CliUsageException("--threshold must be between 0 and 1");
            return RunAsync(console, engine, parseResult.GetValue(file)!, new ScanOptions { Threshold = t }, parseResult.GetValue(json), token);
        }, ct));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, EmbargoEngine engine, string file, ScanOptions options, bool json, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = file == "-"
                ? await ScanInput.ReadAsync(Console.OpenStandardInput(), "standard input", cancellationToken)
                : await ScanInput.ReadFileAsync(file, cancellationToken);
        }
        catch (ScanInputException e)
        {
            throw new CliUsageException(e.Message);
        }
        var (result, index) = await engine.TextScanning.ScanAsync(text, options, cancellationToken);
        var demo = EmbargoEngine.IsDemoOnly(index.Snapshots);
        if (json)
        {
            CliJson.Write(console.Out, ScanJson.Scan(result, options, index.Snapshots, demo));
        }
        else
        {
            DemoNotice.WriteIfDemoOnly(console, index.Snapshots);
            console.Out.WriteLine($"lists: {string.Join(", ", index.Snapshots.Select(s => $"{s.Source} {s.Version}"))}");
            MentionRenderer.Write(console.Out, result);
        }
        return result.AnyStrong ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
