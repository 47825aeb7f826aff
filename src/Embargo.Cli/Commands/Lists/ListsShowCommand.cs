using System.CommandLine;
using Embargo.Cli.Output;
using Embargo.Core.Model;
using Embargo.Hosting;

namespace Embargo.Cli.Commands.Lists;

/// <summary><c>embargo lists show ENTITY_ID [--version V] [--json]</c>: everything the list says about one entity.</summary>
internal static class ListsShowCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var id = new Argument<string>("ENTITY_ID") { Description = "The entity id, {source}:{publisher id}, e.g. us-ofac-sdn:35746." };
        var version = new Option<string?>("--version") { Description = "Read from this snapshot version instead of the active one." };
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("show", "Show everything a list says about one entity.") { id, version, json };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult,
            (engine, token) => RunAsync(console, engine, parseResult.GetValue(id)!, parseResult.GetValue(version), parseResult.GetValue(json), token), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, EmbargoEngine engine, string id, string? version, bool json, CancellationToken cancellationToken)
    {
        var (entry, snapshot) = await engine.Lists.GetEntityAsync(id, version, cancellationToken);
        if (entry is null)
        {
            console.WriteError($"{id} is not in {snapshot.Source} version {snapshot.Version}");
            return ExitCodes.Error;
        }
        var demo = string.Equals(snapshot.Source, ListSources.Demo, StringComparison.Ordinal);
        if (json)
        {
            CliJson.Write(console.Out, new { entity = entry, snapshot, demo_data = demo });
            return ExitCodes.Ok;
        }
        if (demo) console.Error.WriteLine(DemoNotice.Text);
        EntryRenderer.Write(console.Out, entry, snapshot);
        return ExitCodes.Ok;
    }
}
