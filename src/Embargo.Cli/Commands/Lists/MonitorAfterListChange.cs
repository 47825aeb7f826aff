using Embargo.Cli.Output;
using Embargo.Core.Access;
using Embargo.Hosting;

namespace Embargo.Cli.Commands.Lists;

/// <summary>After list commands: monitor the parties once for everything that changed, and say what it found when there are parties.</summary>
internal static class MonitorAfterListChange
{
    public static async Task RunAsync(CliConsole console, EmbargoEngine engine, Actor actor, CancellationToken cancellationToken)
    {
        var report = await engine.Monitoring.RunAsync(actor, cancellationToken);
        if (report.Parties > 0 && !report.DidNothing) MonitoringRenderer.Write(console.Out, report);
    }
}
