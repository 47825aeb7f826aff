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
        var noScreen = new Option<bool>("--no-screen") { Description = "Register without screening now (monitoring screens it when the lists change)." };
        var command = new Command("add", "Register a party to monitor and screen it (exit code 1 when it raised alerts).") { id, json, noScreen };
        fields.AddTo(command);
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            var actor = await globals.ActorAsync(engine, parseResult, token);
            var (party, screening) = await engine.Parties.AddAsync(actor, parseResult.GetValue(id)!, fields.ToInput(parseResult),
                !parseResult.GetValue(noScreen), token);
            if (parseResult.GetValue(json))
            {
                CliJson.Write(console.Out, new { party = PartyJson.Party(party), screening = screening is null ? null : AlertJson.Screening(screening) });
            }
            else
            {
                console.Out.WriteLine($"added party {party.Id} ({party.Name})");
                if (screening is not null) ScreeningRenderer.Write(console.Out, screening);
            }
            return screening is { Raised.Count: > 0 } ? ExitCodes.Findings : ExitCodes.Ok;
        }, ct));
        return command;
    }
}
