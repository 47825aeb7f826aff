using System.CommandLine;
using System.Globalization;
using Embargo.Cli.Output;
using Embargo.Hosting;
using Spectre.Console;

namespace Embargo.Cli.Commands.Lists;

/// <summary><c>embargo lists history SOURCE [--json]</c>: every stored snapshot of a source.</summary>
internal static class ListsHistoryCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var source = new Argument<string>("SOURCE") { Description = "The source, e.g. us-ofac-sdn." };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of a table." };
        var command = new Command("history", "List the stored snapshots of a source, newest first.") { source, json };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult,
            (engine, token) => RunAsync(console, engine, parseResult.GetValue(source)!, parseResult.GetValue(json), token), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, EmbargoEngine engine, string source, bool json, CancellationToken cancellationToken)
    {
        var snapshots = await engine.Lists.HistoryAsync(source, cancellationToken);
        if (json)
        {
            CliJson.Write(console.Out, snapshots);
            return ExitCodes.Ok;
        }
        var table = new Table().AddColumns("version", "active", "published", "imported", "entities", "format", "origin");
        foreach (var s in snapshots)
        {
            table.AddRow(Markup.Escape(s.Version), s.IsActive ? "yes" : "",
                s.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",
                s.ImportedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                s.Counts.Entities.ToString("N0", CultureInfo.InvariantCulture), Markup.Escape(s.Format), Markup.Escape(s.Origin));
        }
        console.Rich.Write(table);
        return ExitCodes.Ok;
    }
}
