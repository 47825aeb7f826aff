using System.CommandLine;
using Embargo.Hosting;

namespace Embargo.Cli.Commands.Lists;

/// <summary><c>embargo lists activate SOURCE VERSION</c>: pin a stored snapshot (or roll back to it).</summary>
internal static class ListsActivateCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var source = new Argument<string>("SOURCE") { Description = "The source, e.g. us-ofac-sdn." };
        var version = new Argument<string>("VERSION") { Description = "A stored version (see 'lists history'), or an unambiguous prefix of one." };
        var command = new Command("activate", "Make a stored snapshot the active one for its source.") { source, version };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult,
            async (engine, token) => await RunAsync(console, engine, parseResult.GetValue(source)!, parseResult.GetValue(version)!,
                await globals.RecordedActorAsync(engine, parseResult, token), token), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, EmbargoEngine engine, string source, string version, Core.Access.Actor actor, CancellationToken cancellationToken)
    {
        engine.MonitorOnListChange = false;
        var snapshot = await engine.Lists.ActivateAsync(source, version, actor, cancellationToken);
        console.Out.WriteLine($"{source}: version {snapshot.Version} is now active");
        await MonitorAfterListChange.RunAsync(console, engine, actor, cancellationToken);
        return ExitCodes.Ok;
    }
}
