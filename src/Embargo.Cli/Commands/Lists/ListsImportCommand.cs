using System.CommandLine;
using Embargo.Core.Access;
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
        var allowShrink = new Option<bool>("--allow-shrink")
        {
            Description = "Accept a list with fewer than half the entries of the active snapshot (normally a sign of a truncated or wrong file).",
        };
        var command = new Command("import", "Import list files into a new snapshot and make it active.") { paths, source, allowShrink };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult,
            async (engine, token) => await RunAsync(console, engine, parseResult.GetValue(paths)!, parseResult.GetValue(source),
                new ImportOptions { AllowShrink = parseResult.GetValue(allowShrink) }, await globals.RecordedActorAsync(engine, parseResult, token), token), ct));
        return command;
    }

    private static async Task<int> RunAsync(
        CliConsole console, EmbargoEngine engine, string[] paths, string? source, ImportOptions options, Actor actor, CancellationToken cancellationToken)
    {
        // System.CommandLine hands unknown options to a variadic argument; a path that looks like one is almost surely a typo.
        var option = paths.FirstOrDefault(p => p.StartsWith('-') && !File.Exists(p) && !Directory.Exists(p));
        if (option is not null) throw new CliUsageException($"unknown option '{option}'; see 'embargo lists import --help'");
        var detected = engine.Lists.Detect(paths, source);
        var failed = 0;
        engine.MonitorOnListChange = false;
        foreach (var list in detected)
        {
            try
            {
                var result = await ImportWithProgressAsync(console, engine, list, options, actor, cancellationToken);
                await ImportReport.WriteAsync(console, engine, result, cancellationToken);
            }
            catch (ListFormatException e)
            {
                failed++;
                console.WriteError($"{list.Source}: not imported, the active snapshot is unchanged: {e.Message}");
            }
        }
        await MonitorAfterListChange.RunAsync(console, engine, actor, cancellationToken);
        return failed == 0 ? ExitCodes.Ok : ExitCodes.Error;
    }

    private static async Task<ImportResult> ImportWithProgressAsync(
        CliConsole console, EmbargoEngine engine, DetectedList list, ImportOptions options, Actor actor, CancellationToken cancellationToken)
    {
        if (!console.Interactive) return await engine.Lists.ImportAsync(list, options, null, actor, cancellationToken);
        ImportResult? result = null;
        await console.Rich.Status().StartAsync($"Importing {list.Source}…", async status =>
        {
            var progress = new Progress<int>(n => status.Status($"Importing {list.Source}: {n:N0} entries"));
            result = await engine.Lists.ImportAsync(list, options, progress, actor, cancellationToken);
        });
        return result!;
    }
}
