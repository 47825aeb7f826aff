using System.CommandLine;
using System.Globalization;
using Embargo.Cli.Output;
using Embargo.Core.Access;
using Embargo.Core.Alerts;
using Embargo.Hosting;
using Embargo.Hosting.Output;

namespace Embargo.Cli.Commands.Alerts;

/// <summary>
/// The review steps: <c>alerts assign|decide|escalate|approve|reject|reopen|comment ID …</c>. Each state change takes
/// <c>--version V</c> (the version you looked at): if the alert changed since, the step is refused with a conflict.
/// </summary>
internal static class AlertsStepCommands
{
    public static Command Decide(CliConsole console, GlobalOptions globals)
    {
        var decision = new Argument<string>("DECISION") { Description = "true-match or false-positive." };
        return Step(console, globals, "decide", "Decide an alert: a true match or a false positive (waits for approval when the policy asks).",
            [decision], (engine, actor, parseResult, id, version, comment, token) =>
            {
                var text = parseResult.GetValue(decision);
                if (!AlertStatuses.TryParseDecision(text, out var parsed)) throw new CliUsageException($"'{text}' is not true-match or false-positive");
                return engine.Alerts.DecideAsync(actor, id, version, parsed, comment, token);
            });
    }

    public static Command Assign(CliConsole console, GlobalOptions globals)
    {
        var user = new Argument<string>("USER") { Description = "Who works the alert ('none' to unassign)." };
        return Step(console, globals, "assign", "Assign an alert to a reviewer (an open alert goes in review).", [user],
            (engine, actor, parseResult, id, version, _, token) =>
            {
                var who = parseResult.GetValue(user);
                return engine.Alerts.AssignAsync(actor, id, version, string.Equals(who, "none", StringComparison.OrdinalIgnoreCase) ? null : who, token);
            });
    }

    public static Command Escalate(CliConsole console, GlobalOptions globals) =>
        Step(console, globals, "escalate", "Escalate an alert for a decision beyond the reviewer.", [],
            (engine, actor, _, id, version, comment, token) => engine.Alerts.EscalateAsync(actor, id, version, comment, token));

    public static Command Approve(CliConsole console, GlobalOptions globals) =>
        Step(console, globals, "approve", "Confirm another reviewer's decision (four eyes; needs the approve role).", [],
            (engine, actor, _, id, version, comment, token) => engine.Alerts.ApproveAsync(actor, id, version, comment, token));

    public static Command Reject(CliConsole console, GlobalOptions globals) =>
        Step(console, globals, "reject", "Send another reviewer's decision back for review (needs the approve role and a --comment).", [],
            (engine, actor, _, id, version, comment, token) => engine.Alerts.RejectAsync(actor, id, version, comment, token));

    public static Command Reopen(CliConsole console, GlobalOptions globals) =>
        Step(console, globals, "reopen", "Reopen a decided, escalated or closed alert (a false positive leaves the allow-list).", [],
            (engine, actor, _, id, version, comment, token) => engine.Alerts.ReopenAsync(actor, id, version, comment, token));

    public static Command Comment(CliConsole console, GlobalOptions globals)
    {
        var id = new Argument<long>("ID") { Description = "The alert id." };
        var text = new Argument<string>("TEXT") { Description = "The comment." };
        var command = new Command("comment", "Add a comment to an alert's history.") { id, text };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            var actor = await globals.ActorAsync(engine, parseResult, token);
            await engine.Alerts.CommentAsync(actor, parseResult.GetValue(id), parseResult.GetValue(text)!, token);
            console.Out.WriteLine($"comment added to alert {parseResult.GetValue(id)}");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private delegate Task<Alert> StepAction(EmbargoEngine engine, Actor actor, ParseResult parseResult, long id, int? version, string? comment,
        CancellationToken cancellationToken);

    private static Command Step(CliConsole console, GlobalOptions globals, string name, string description, Argument[] extra, StepAction action)
    {
        var id = new Argument<long>("ID") { Description = "The alert id." };
        var version = new Option<int?>("--version") { Description = "The alert version you looked at; refused if it changed since." };
        var comment = new Option<string?>("--comment") { Description = "Why (kept in the alert's history and the audit trail)." };
        var json = new Option<bool>("--json") { Description = "Write the alert as JSON." };
        var command = new Command(name, description) { id };
        foreach (var argument in extra) command.Arguments.Add(argument);
        command.Options.Add(version);
        command.Options.Add(comment);
        command.Options.Add(json);
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            var actor = await globals.ActorAsync(engine, parseResult, token);
            var alert = await action(engine, actor, parseResult, parseResult.GetValue(id), parseResult.GetValue(version), parseResult.GetValue(comment), token);
            if (parseResult.GetValue(json)) CliJson.Write(console.Out, AlertJson.Alert(alert, withExplanation: false));
            else console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"alert {alert.Id}: {alert.Status.Name()}{(alert.Decision is { } d ? $" ({d.Name()})" : "")}, version {alert.Version}"));
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
