using System.CommandLine;
using Embargo.Cli.Output;
using Embargo.Core.Parties;
using Embargo.Hosting.Output;
using Spectre.Console;

namespace Embargo.Cli.Commands.Parties;

/// <summary><c>embargo parties list [--prefix P] [--offset N] [--limit N] [--json]</c>.</summary>
internal static class PartiesListCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var prefix = new Option<string?>("--prefix") { Description = "Only ids starting with this." };
        var name = new Option<string?>("--name") { Description = "Only names containing this (any case)." };
        var offset = new Option<int>("--offset") { Description = "Skip this many parties (in id order)." };
        var limit = new Option<int>("--limit") { Description = "At most this many (1 to 1,000).", DefaultValueFactory = _ => 100 };
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("list", "List monitored parties, by id.") { prefix, name, offset, limit, json };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            var actor = await globals.ActorAsync(engine, parseResult, token);
            var parties = await engine.Parties.ListAsync(actor,
                new PartyQuery { IdPrefix = parseResult.GetValue(prefix), NameContains = parseResult.GetValue(name), Offset = parseResult.GetValue(offset), Limit = parseResult.GetValue(limit) }, token);
            if (parseResult.GetValue(json))
            {
                CliJson.Write(console.Out, PartyJson.Parties(parties));
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("id", "name", "type", "born", "country", "aliases");
            foreach (var p in parties)
            {
                table.AddRow(Markup.Escape(p.Id), Markup.Escape(p.Name), p.Kind?.ToString().ToLowerInvariant() ?? "-", p.BirthDate?.ToString() ?? "-",
                    p.Country ?? "-", p.Aliases.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            console.Rich.Write(table);
            console.Out.WriteLine($"{parties.Count} of {await engine.Parties.CountAsync(token):N0} monitored parties");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
