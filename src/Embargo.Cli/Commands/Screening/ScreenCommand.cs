using System.CommandLine;
using Embargo.Cli.Output;
using Embargo.Hosting;
using Embargo.Hosting.Output;
using Embargo.Matching;

namespace Embargo.Cli.Commands.Screening;

/// <summary>
/// <c>embargo screen NAME [--type T] [--dob D] [--country C] [--id N] [--limit N] [--threshold T] [--exhaustive] [--json]</c>:
/// screen one party against the active lists. Exits with 1 when something matches. With
/// <c>--input FILE [--output FILE] [--format csv|jsonl] [--map column=field …] [--strict]</c> instead of NAME,
/// screen every record of a file (<see cref="BatchScreenRun"/>).
/// </summary>
internal static class ScreenCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var name = new Argument<string?>("NAME") { Description = "The name to screen, in any script and order (not with --input).", Arity = ArgumentArity.ZeroOrOne };
        var batch = new BatchOptionsSet();
        var query = new QueryOptions();
        var limit = new Option<int>("--limit") { Description = "At most this many results.", DefaultValueFactory = _ => 5 };
        var threshold = new Option<double>("--threshold") { Description = "Score at or above which a result is a match.", DefaultValueFactory = _ => Tuning.DefaultThreshold };
        var exhaustive = new Option<bool>("--exhaustive") { Description = "Score every listed name instead of the index's candidates." };
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("screen", "Screen a party against the active sanctions lists.") { name, limit, threshold, exhaustive, json };
        query.AddTo(command);
        batch.AddTo(command);
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, (engine, token) =>
        {
            var t = parseResult.GetValue(threshold);
            if (t is < 0 or > 1) throw new CliUsageException("--threshold must be between 0 and 1");
            var options = new MatchOptions
            {
                Threshold = t,
                Cutoff = Math.Min(Tuning.DefaultCutoff, t),
                Limit = Math.Clamp(parseResult.GetValue(limit), 1, 100),
                Exhaustive = parseResult.GetValue(exhaustive),
            };
            var nameText = parseResult.GetValue(name);
            if (parseResult.GetValue(batch.Input) is not null)
            {
                if (nameText is not null) throw new CliUsageException("give NAME or --input, not both");
                if (parseResult.GetValue(json)) throw new CliUsageException("--json is for one NAME; batch output is chosen with --format");
                if (query.GivenOptions(parseResult).FirstOrDefault() is { } perParty)
                    throw new CliUsageException($"{perParty} is for one NAME; with --input each record carries its own (map columns with --map)");
                return BatchScreenRun.RunAsync(console, engine, parseResult, batch, options, token);
            }
            if (nameText is null) throw new CliUsageException("NAME or --input FILE is required");
            if (batch.GivenWithoutInput(parseResult).FirstOrDefault() is { } batchOnly) throw new CliUsageException($"{batchOnly} needs --input FILE");
            return RunAsync(console, engine, () => globals.RecordedActorAsync(engine, parseResult, token), query.ToQuery(parseResult, nameText), options, parseResult.GetValue(json), token);
        }, ct));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, EmbargoEngine engine, Func<Task<Core.Access.Actor>> actor, MatchQuery query, MatchOptions options, bool json,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query.Name)) throw new CliUsageException("NAME is empty");
        var (results, index) = await engine.Screening.ScreenAsync(query, options, cancellationToken);
        engine.ScreeningLog.Screened(await actor(), "cli", query, results, index.Snapshots);
        var demo = EmbargoEngine.IsDemoOnly(index.Snapshots);
        if (json)
        {
            CliJson.Write(console.Out, MatchJson.Screen(query, options, index.Snapshots, results, demo));
        }
        else
        {
            DemoNotice.WriteIfDemoOnly(console, index.Snapshots);
            console.Out.WriteLine($"lists: {string.Join(", ", index.Snapshots.Select(s => $"{s.Source} {s.Version}"))}");
            MatchRenderer.Write(console.Out, results, options);
        }
        return results.Any(r => r.IsMatch) ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
