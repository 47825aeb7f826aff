using System.CommandLine;
using Embargo.Cli.Output;
using Embargo.Hosting.Output;

namespace Embargo.Cli.Commands.Parties;

/// <summary><c>embargo parties add ID --name NAME [--type …] [--alias …] [--dob …] [--country …] [--id-number …]</c>.</summary>
internal static class PartiesAddCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var id = new Argument<string>("ID") { Description = "Your own id for the party (a customer number)." };
        var fields = new PartyOptionsSet();
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("add", "Register a party to monitor.") { id, json };
        fields.AddTo(command);
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            var actor = await globals.ActorAsync(engine, parseResult, token);
            var party = await engine.Parties.AddAsync(actor, parseResult.GetValue(id)!, fields.ToInput(parseResult), token);
            if (parseResult.GetValue(json)) CliJson.Write(console.Out, PartyJson.Party(party));
            else console.Out.WriteLine($"added party {party.Id} ({party.Name})");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
