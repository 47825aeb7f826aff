using System.Globalization;
using Embargo.Hosting;
using Embargo.Lists.Import;

namespace Embargo.Cli.Commands.Lists;

/// <summary>The lines printed after an import or update: what is active now and what changed.</summary>
internal static class ImportReport
{
    public static async Task WriteAsync(CliConsole console, EmbargoEngine engine, ImportResult result, CancellationToken cancellationToken)
    {
        var s = result.Snapshot;
        var what = result.Outcome switch
        {
            ImportOutcome.Imported => "imported",
            ImportOutcome.Unchanged => "unchanged (identical content is already active)",
            _ => "re-activated (identical content was imported before)",
        };
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{s.Source}: {what}: version {s.Version}, {s.Counts.Entities:N0} entities, {s.Counts.Names:N0} names, {result.Elapsed.TotalSeconds:F2} s"));
        if (result.Previous is { } previous && previous.Key != s.Key)
        {
            var diff = await engine.Differ.DiffAsync(previous, s, cancellationToken);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  replaces {previous.Version}: {diff.Added:N0} added, {diff.Removed:N0} removed, {diff.Changed:N0} changed"));
        }
        if (result.IssueCount > 0)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {result.IssueCount:N0} issue(s) noted while parsing (entries kept):"));
            foreach (var issue in result.Issues.Take(10)) console.Error.WriteLine("    " + issue);
            if (result.IssueCount > 10) console.Error.WriteLine("    …");
        }
    }
}
