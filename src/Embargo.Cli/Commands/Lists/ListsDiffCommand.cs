using System.CommandLine;
using System.Globalization;
using Embargo.Cli.Output;
using Embargo.Core.Model;
using Embargo.Core.Snapshots;
using Embargo.Hosting;
using Embargo.Hosting.Output;

namespace Embargo.Cli.Commands.Lists;

/// <summary>
/// <c>embargo lists diff [--source S] [--from V] [--to V] [--json]</c>: what changed between two snapshots;
/// by default between the active snapshot and the one before it, for every source that has two. Like
/// <c>diff</c>, it exits with 1 when there are changes.
/// </summary>
internal static class ListsDiffCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var source = new Option<string?>("--source") { Description = "The source to compare (default: every source with two snapshots)." };
        var from = new Option<string?>("--from") { Description = "The older version (default: the snapshot imported before --to)." };
        var to = new Option<string?>("--to") { Description = "The newer version (default: the active snapshot)." };
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("diff", "Show entities added, removed and changed between two snapshots of a source.") { source, from, to, json };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult,
            (engine, token) => RunAsync(console, engine, parseResult.GetValue(source), parseResult.GetValue(from), parseResult.GetValue(to), parseResult.GetValue(json), token), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, EmbargoEngine engine, string? source, string? from, string? to, bool json, CancellationToken cancellationToken)
    {
        var diffs = await engine.Lists.DiffAsync(source, from, to, cancellationToken);
        if (json)
        {
            CliJson.Write(console.Out, ListJson.Diffs(diffs));
        }
        else
        {
            if (diffs.Count == 0) console.Out.WriteLine("Nothing to compare: no active snapshot has an older one before it.");
            foreach (var d in diffs) Write(console.Out, d);
        }
        return diffs.Any(d => d.Changes.Count > 0) ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static void Write(TextWriter output, SnapshotDiff d)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{d.To.Source}: {d.From.Version} -> {d.To.Version}: {d.Added:N0} added, {d.Removed:N0} removed, {d.Changed:N0} changed"));
        foreach (var c in d.Changes)
        {
            var mark = c.Kind switch { EntryChangeKind.Added => "+", EntryChangeKind.Removed => "-", _ => "~" };
            var fields = c.Kind == EntryChangeKind.Changed ? "  [" + string.Join(", ", c.ChangedFields) + "]" : "";
            output.WriteLine($"  {mark} {c.EntityId}  {c.Name}{fields}");
        }
    }
}
