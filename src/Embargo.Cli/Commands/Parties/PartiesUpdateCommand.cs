using System.CommandLine;
using Embargo.Cli.Output;
using Embargo.Core.Parties;
using Embargo.Hosting.Output;

namespace Embargo.Cli.Commands.Parties;

/// <summary><c>embargo parties update ID [--name …] [--dob …] …</c>: changes the fields given, keeps the others.</summary>
internal static class PartiesUpdateCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var id = new Argument<string>("ID") { Description = "The party's id." };
        var fields = new PartyOptionsSet();
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var noScreen = new Option<bool>("--no-screen") { Description = "Do not screen the changed data now." };
        var command = new Command("update", "Change a monitored party's data (the fields given; the others stay) and screen it again.") { id, json, noScreen };
        fields.AddTo(command);
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            var actor = await globals.ActorAsync(engine, parseResult, token);
            var (save, screening) = await engine.Parties.UpdateAsync(actor, parseResult.GetValue(id)!, fields.ToInput(parseResult),
                !parseResult.GetValue(noScreen), token);
            if (parseResult.GetValue(json))
            {
                CliJson.Write(console.Out, new
                {
                    party = PartyJson.Party(save.Party), changed = save.Outcome == PartySaveOutcome.Updated,
                    screening = screening is null ? null : AlertJson.Screening(screening),
                });
            }
            else
            {
                console.Out.WriteLine(save.Outcome == PartySaveOutcome.Unchanged ? $"party {save.Party.Id} unchanged" : $"updated party {save.Party.Id}");
                if (screening is not null) ScreeningRenderer.Write(console.Out, screening);
            }
            return screening is { Raised.Count: > 0 } ? ExitCodes.Findings : ExitCodes.Ok;
        }, ct));
        return command;
    }
}
