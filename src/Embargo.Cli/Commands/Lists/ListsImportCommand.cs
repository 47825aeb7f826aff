using System.CommandLine;
using Embargo.Core.Model;
using Embargo.Hosting;
using Embargo.Lists.Import;
using Embargo.Lists.Parsing;
using Spectre.Console;

namespace Embargo.Cli.Commands.Lists;

/// <summary><c>embargo lists import PATH... [--source KIND]</c>: air-gapped import of list files a user already has.</summary>
internal static class ListsImportCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "List files or folders (an OFAC CSV set is found by its file names; other formats by content).",
            Arity = ArgumentArity.OneOrMore,
        };
        var source = new Option<string?>("--source")
        {
            Description = "The source the files belong to (" + string.Join(", ", ListSources.All) + "); detected when not given.",
        };
        var command = new Command("import", "Import list files into a new snapshot and make it active.") { paths, source };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult,
            (engine, token) => RunAsync(console, engine, parseResult.GetValue(paths)!, parseResult.GetValue(source), token), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, EmbargoEngine engine, string[] paths, string? source, CancellationToken cancellationToken)
    {
        if (source is not null && !ListSources.IsKnown(source))
            throw new CliUsageException($"unknown source '{source}'; expected one of {string.Join(", ", ListSources.All)}");
        var detected = ListFormatDetector.Detect(paths, source);
        var failed = 0;
        foreach (var list in detected)
        {
            try
            {
                var result = await ImportWithProgressAsync(console, engine, list, cancellationToken);
                await ImportReport.WriteAsync(console, engine, result, cancellationToken);
            }
            catch (ListFormatException e)
            {
                failed++;
                console.WriteError($"{list.Source}: not imported, the active snapshot is unchanged: {e.Message}");
            }
        }
        return failed == 0 ? ExitCodes.Ok : ExitCodes.Error;
    }

    internal static async Task<ImportResult> ImportWithProgressAsync(CliConsole console, EmbargoEngine engine, DetectedList list, CancellationToken cancellationToken)
    {
        if (!console.Interactive) return await engine.Importer.ImportAsync(list, null, cancellationToken);
        ImportResult? result = null;
        await console.Rich.Status().StartAsync($"Importing {list.Source}…", async status =>
        {
            var progress = new Progress<int>(n => status.Status($"Importing {list.Source}: {n:N0} entries"));
            result = await engine.Importer.ImportAsync(list, progress, cancellationToken);
        });
        return result!;
    }
}
