using System.CommandLine;
using System.Globalization;
using Embargo.Cli.Output;
using Embargo.Core.Access;
using Embargo.Hosting.Audit;

namespace Embargo.Cli.Commands.Audit;

/// <summary>
/// <c>embargo audit verify [--head SEQ:HASH]… [--json]</c>: walks the hash chain; exit 1 when a record was edited or
/// deleted. <c>--head</c> checks against a head noted earlier, which also finds a trail cut short at its end.
/// </summary>
internal static class AuditVerifyCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var heads = new Option<string[]>("--head") { Description = "SEQ:HASH of a record noted earlier (from a previous verify); it must still be there, unchanged. Repeatable." };
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("verify", "Check that no audit record was edited or deleted (exit 1 if one was).") { heads, json };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            (await globals.ActorAsync(engine, parseResult, token)).Require(ApiRole.Admin, "verify the audit trail");
            var expected = (parseResult.GetValue(heads) ?? []).Select(ParseHead).ToList();
            var result = await engine.Audit.VerifyAsync(expected, token);
            if (parseResult.GetValue(json))
            {
                CliJson.Write(console.Out, AuditService.Json(result));
            }
            else if (result.IsIntact)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"audit trail intact: {result.Records:N0} records; head {result.HeadSequence}:{result.HeadHash}"));
                console.Out.WriteLine("note the head elsewhere: 'audit verify --head SEQ:HASH' then also detects records removed from the end");
            }
            else
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"audit trail BROKEN: {result.Problems.Count} problem(s) in {result.Records:N0} records"));
                foreach (var p in result.Problems) console.Out.WriteLine($"  record {p.Sequence}: {p.Problem}");
            }
            return result.IsIntact ? ExitCodes.Ok : ExitCodes.Findings;
        }, ct));
        return command;
    }

    private static (long, string) ParseHead(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !long.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) || colon == text.Length - 1)
            throw new CliUsageException($"--head '{text}' is not SEQ:HASH (as 'audit verify' prints it)");
        return (sequence, text[(colon + 1)..].Trim().ToLowerInvariant());
    }
}
