using System.CommandLine;
using Embargo.Cli.Output;
using Embargo.Core.Access;
using Embargo.Hosting.Monitoring;

namespace Embargo.Cli.Commands.Alerts;

/// <summary><c>embargo alerts monitor [--json]</c>: re-screen the monitored parties against every list change since the last run (exit 1 when it raised alerts).</summary>
internal static class AlertsMonitorCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("monitor", "Re-screen monitored parties against what changed in the lists since the last run; expire allow-list entries.") { json };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            var actor = await globals.ActorAsync(engine, parseResult, token);
            actor.Require(ApiRole.Review, "run monitoring");
            var report = await engine.Monitoring.RunAsync(actor, token);
            if (parseResult.GetValue(json)) CliJson.Write(console.Out, MonitoringService.Json(report));
            else MonitoringRenderer.Write(console.Out, report);
            return report.Raised.Count > 0 ? ExitCodes.Findings : ExitCodes.Ok;
        }, ct));
        return command;
    }
}
