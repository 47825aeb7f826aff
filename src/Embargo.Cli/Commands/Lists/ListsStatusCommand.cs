using System.CommandLine;
using System.Globalization;
using Embargo.Cli.Output;
using Embargo.Core.Model;
using Embargo.Hosting;
using Spectre.Console;

namespace Embargo.Cli.Commands.Lists;

/// <summary><c>embargo lists status [--json]</c>: the active snapshot of every source.</summary>
internal static class ListsStatusCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var json = new Option<bool>("--json") { Description = "Write JSON instead of a table." };
        var command = new Command("status", "Show the active snapshot of every source.") { json };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult,
            (engine, token) => RunAsync(console, engine, parseResult.GetValue(json), token), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, EmbargoEngine engine, bool json, CancellationToken cancellationToken)
    {
        var active = await engine.Store.GetActiveSnapshotsAsync(cancellationToken);
        if (json)
        {
            CliJson.Write(console.Out, new
            {
                data_directory = engine.DataDirectory,
                demo_only = EmbargoEngine.IsDemoOnly(active),
                active,
            });
            return ExitCodes.Ok;
        }
        DemoNotice.WriteIfDemoOnly(console, active);
        var table = new Table().AddColumns("source", "version", "published", "imported", "entities", "persons", "orgs", "vessels", "aircraft", "names", "issues");
        foreach (var s in active)
        {
            table.AddRow(
                Markup.Escape(s.Source), Markup.Escape(s.Version),
                s.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",
                s.ImportedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                N(s.Counts.Entities), N(s.Counts.Persons), N(s.Counts.Organizations), N(s.Counts.Vessels), N(s.Counts.Aircraft),
                N(s.Counts.Names), N(s.IssueCount));
        }
        console.Rich.Write(table);
        console.Out.WriteLine(engine.IsShared ? $"store: {engine.StoreDescription} (data directory: {engine.DataDirectory})" : $"data directory: {engine.DataDirectory}");
        return ExitCodes.Ok;
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
