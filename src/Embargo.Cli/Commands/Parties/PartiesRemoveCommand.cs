using System.CommandLine;

namespace Embargo.Cli.Commands.Parties;

/// <summary><c>embargo parties remove ID</c>: stop monitoring a party (its record and alerts stay on file).</summary>
internal static class PartiesRemoveCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var id = new Argument<string>("ID") { Description = "The party's id." };
        var command = new Command("remove", "Stop monitoring a party; its open alerts are closed.") { id };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            var actor = await globals.ActorAsync(engine, parseResult, token);
            var (party, closed) = await engine.Parties.RemoveAsync(actor, parseResult.GetValue(id)!, token);
            console.Out.WriteLine($"removed party {party.Id}{(closed.Count > 0 ? $"; closed {closed.Count} open alert(s)" : "")}");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
