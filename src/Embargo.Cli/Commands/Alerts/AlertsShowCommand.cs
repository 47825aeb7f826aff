using System.CommandLine;
using System.Globalization;
using Embargo.Cli.Output;
using Embargo.Core.Alerts;
using Embargo.Hosting.Output;

namespace Embargo.Cli.Commands.Alerts;

/// <summary><c>embargo alerts show ID [--json]</c>: the alert, why it was raised, its review and history.</summary>
internal static class AlertsShowCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var id = new Argument<long>("ID") { Description = "The alert id." };
        var json = new Option<bool>("--json") { Description = "Write JSON (with the match explanation)." };
        var command = new Command("show", "Show an alert with its explanation and history.") { id, json };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            var actor = await globals.ActorAsync(engine, parseResult, token);
            var (a, history) = await engine.Alerts.GetDetailedAsync(actor, parseResult.GetValue(id), token);
            if (parseResult.GetValue(json))
            {
                CliJson.Write(console.Out, AlertJson.Detailed(a, history));
                return ExitCodes.Ok;
            }
            var o = console.Out;
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"alert {a.Id} (version {a.Version}): {a.Status.Name()}{(a.Decision is { } d ? $", {d.Name()}" : "")}"));
            o.WriteLine($"  party      {a.PartyId}");
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  entity     {a.EntityId} {a.EntityName} (matched '{a.MatchedName}', score {a.Score:0.000})"));
            o.WriteLine($"  reason     {a.Reason.Name()}{(a.ReasonDetail is { } r ? ": " + r : "")}");
            o.WriteLine($"  lists      {string.Join(", ", a.ListVersions)}");
            if (a.Assignee is { } who) o.WriteLine($"  assignee   {who}");
            if (a.DecidedBy is { } by) o.WriteLine($"  decided by {by} at {a.DecidedAt:yyyy-MM-dd HH:mm}");
            if (a.ApprovedBy is { } approver) o.WriteLine($"  approved by {approver} at {a.ApprovedAt:yyyy-MM-dd HH:mm}");
            if (a.ClosedNote is { } note) o.WriteLine($"  closed     {note}");
            o.WriteLine("  history:");
            foreach (var e in history) o.WriteLine($"    {e.At:yyyy-MM-dd HH:mm} {e.Actor} {e.Kind}{(e.Text is { } t ? ": " + t : "")}");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
