using System.CommandLine;
using Embargo.Cli.Output;
using Embargo.Hosting.Batch;

namespace Embargo.Cli.Commands.Parties;

/// <summary><c>embargo parties import FILE [--map COLUMN=FIELD]…</c>: add or update parties from a batch file.</summary>
internal static class PartiesImportCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var file = new Argument<string>("FILE") { Description = "CSV with a header row (any delimiter) or JSON Lines, with an id column; the columns 'screen --input' reads." };
        var map = new Option<string[]>("--map") { Description = $"COLUMN=FIELD: read a column as a field ({BatchFieldNames.TargetList}). Repeatable." };
        var json = new Option<bool>("--json") { Description = "Write the summary as JSON." };
        var command = new Command("import", "Add or update monitored parties from a file.") { file, map, json };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            var actor = await globals.ActorAsync(engine, parseResult, token);
            BatchFieldMapping mapping;
            try
            {
                mapping = BatchFieldMapping.Parse(parseResult.GetValue(map) ?? []);
            }
            catch (ArgumentException e)
            {
                throw new CliUsageException(e.Message);
            }
            var path = parseResult.GetValue(file)!;
            await using var input = File.OpenRead(path);
            Hosting.Parties.PartyImportResult result;
            try
            {
                result = await engine.Parties.ImportAsync(actor, input, Path.GetFileName(path), new BatchOptions { Mapping = mapping }, null, token);
            }
            catch (BatchInputException e)
            {
                throw new CliUsageException(e.Message);
            }
            if (parseResult.GetValue(json))
            {
                CliJson.Write(console.Out, new
                {
                    records = result.Records, added = result.Added, updated = result.Updated, unchanged = result.Unchanged,
                    errors = result.Errors.Select(e => new { line = e.Line, id = e.Id, error = e.Error }),
                });
            }
            else
            {
                console.Out.WriteLine($"{path}: {result.Records:N0} records: {result.Added:N0} added, {result.Updated:N0} updated, {result.Unchanged:N0} unchanged, {result.Errors.Count:N0} not usable");
                foreach (var (line, id, error) in result.Errors.Take(20)) console.Error.WriteLine($"{path}:{line}: {(id.Length > 0 ? id + ": " : "")}{error}");
                if (result.Errors.Count > 20) console.Error.WriteLine($"… and {result.Errors.Count - 20:N0} more");
            }
            return result.Errors.Count > 0 ? ExitCodes.Error : ExitCodes.Ok;
        }, ct));
        return command;
    }
}
