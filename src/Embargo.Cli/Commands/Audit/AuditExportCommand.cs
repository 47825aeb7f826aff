using System.CommandLine;
using System.Text;
using Embargo.Core.Access;
using Embargo.Core.Audit;
using Embargo.Hosting.Audit;

namespace Embargo.Cli.Commands.Audit;

/// <summary><c>embargo audit export [--format jsonl|csv] [--output FILE] [--subject S] [--action A] [--after SEQ]</c>.</summary>
internal static class AuditExportCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var format = new Option<string>("--format") { Description = "jsonl (default) or csv.", DefaultValueFactory = _ => "jsonl" };
        var output = new Option<string?>("--output") { Description = "Write to this file (default: standard output)." };
        var subject = new Option<string?>("--subject") { Description = "Only records about this subject (alert:42), or subjects starting with it when it ends in ':' (party:)." };
        var action = new Option<string?>("--action") { Description = "Only this action (alert.decide)." };
        var after = new Option<long>("--after") { Description = "Only records after this sequence number." };
        var command = new Command("export", "Export the audit trail as JSON Lines or CSV, with each record's hashes.") { format, output, subject, action, after };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            (await globals.ActorAsync(engine, parseResult, token)).Require(ApiRole.Admin, "export the audit trail");
            var kind = parseResult.GetValue(format)?.Trim().ToLowerInvariant() switch
            {
                "jsonl" or "json" or "ndjson" => AuditExportFormat.Jsonl,
                "csv" => AuditExportFormat.Csv,
                var other => throw new CliUsageException($"--format '{other}' is not one of jsonl, csv"),
            };
            var query = new AuditQuery { Subject = parseResult.GetValue(subject), Action = parseResult.GetValue(action), AfterSequence = parseResult.GetValue(after) };
            if (parseResult.GetValue(output) is { } path)
            {
                await using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
                var count = await engine.Audit.ExportAsync(writer, kind, query, token);
                console.Error.WriteLine($"wrote {count:N0} audit records to {path}");
            }
            else
            {
                await engine.Audit.ExportAsync(console.Out, kind, query, token);
            }
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
