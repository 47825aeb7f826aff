using System.CommandLine;
using Embargo.Cli.Output;
using Embargo.Hosting.Output;

namespace Embargo.Cli.Commands.Parties;

/// <summary><c>embargo parties screen ID [--json]</c>: screen a monitored party again now (exit 1 when it raised alerts).</summary>
internal static class PartiesScreenCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var id = new Argument<string>("ID") { Description = "The party's id." };
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("screen", "Screen a monitored party against the active lists now; new matches become alerts.") { id, json };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            var actor = await globals.ActorAsync(engine, parseResult, token);
            var screening = await engine.Parties.ScreenAsync(actor, parseResult.GetValue(id)!, token);
            if (parseResult.GetValue(json)) CliJson.Write(console.Out, AlertJson.Screening(screening));
            else ScreeningRenderer.Write(console.Out, screening);
            return screening.Raised.Count > 0 ? ExitCodes.Findings : ExitCodes.Ok;
        }, ct));
        return command;
    }
}
