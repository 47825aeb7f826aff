using System.CommandLine;
using Embargo.Cli.Output;
using Embargo.Hosting.Output;

namespace Embargo.Cli.Commands.Parties;

/// <summary><c>embargo parties show ID [--json]</c>: the party's data.</summary>
internal static class PartiesShowCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var id = new Argument<string>("ID") { Description = "The party's id." };
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("show", "Show a monitored party.") { id, json };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            var actor = await globals.ActorAsync(engine, parseResult, token);
            var party = await engine.Parties.GetAsync(actor, parseResult.GetValue(id)!, token);
            if (parseResult.GetValue(json))
            {
                CliJson.Write(console.Out, PartyJson.Party(party));
                return ExitCodes.Ok;
            }
            console.Out.WriteLine($"{party.Id}: {party.Name}");
            if (party.Kind is { } kind) console.Out.WriteLine($"  type       {kind.ToString().ToLowerInvariant()}");
            foreach (var alias in party.Aliases) console.Out.WriteLine($"  alias      {alias}");
            if (party.BirthDate is { } dob) console.Out.WriteLine($"  born       {dob}");
            if (party.Country is { } country) console.Out.WriteLine($"  country    {country}");
            if (party.IdNumber is { } number) console.Out.WriteLine($"  id number  {number}");
            if (party.Gender is { } gender) console.Out.WriteLine($"  gender     {gender}");
            if (party.Address is { } address) console.Out.WriteLine($"  address    {address}");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
