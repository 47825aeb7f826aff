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
        var noScreen = new Option<bool>("--no-screen") { Description = "Register without screening now (monitoring screens them when the lists change)." };
        var command = new Command("import", "Add or update monitored parties from a file and screen those added or changed.") { file, map, json, noScreen };
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
            var raised = 0;
            Func<IReadOnlyList<Core.Parties.PartySave>, CancellationToken, Task>? screen = parseResult.GetValue(noScreen) ? null : async (saves, t) =>
            {
                foreach (var save in saves) raised += (await engine.Parties.ScreenSavedAsync(actor, save, t))?.Raised.Count ?? 0;
            };
            try
            {
                result = await engine.Parties.ImportAsync(actor, input, Path.GetFileName(path), new BatchOptions { Mapping = mapping }, screen, token);
            }
            catch (BatchInputException e)
            {
                throw new CliUsageException(e.Message);
            }
            if (parseResult.GetValue(json))
            {
                CliJson.Write(console.Out, new
                {
                    records = result.Records, added = result.Added, updated = result.Updated, unchanged = result.Unchanged, alerts_raised = raised,
                    errors = result.Errors.Select(e => new { line = e.Line, id = e.Id, error = e.Error }),
                });
            }
            else
            {
                console.Out.WriteLine($"{path}: {result.Records:N0} records: {result.Added:N0} added, {result.Updated:N0} updated, {result.Unchanged:N0} unchanged, {result.Errors.Count:N0} not usable; {raised:N0} new alerts");
                foreach (var (line, id, error) in result.Errors.Take(20)) console.Error.WriteLine($"{path}:{line}: {(id.Length > 0 ? id + ": " : "")}{error}");
                if (result.Errors.Count > 20) console.Error.WriteLine($"… and {result.Errors.Count - 20:N0} more");
            }
            return result.Errors.Count > 0 ? ExitCodes.Error : raised > 0 ? ExitCodes.Findings : ExitCodes.Ok;
        }, ct));
        return command;
    }
}
