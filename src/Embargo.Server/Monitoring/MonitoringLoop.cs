using Embargo.Core.Access;
using Embargo.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Embargo.Server.Monitoring;

/// <summary>
/// Monitoring on a schedule: every <see cref="ServerOptions.MonitorInterval"/> the server runs monitoring, which does
/// nothing unless a list changed (imported or activated by another process) or an allow-list entry expired since the
/// last run. Changes made through this server are monitored at once; this catches the rest. With a shared store the
/// nodes take turns (a store lock), so a change is monitored by one node, once.
/// </summary>
internal sealed class MonitoringLoop(EmbargoEngine engine, ServerOptions options, ILogger<MonitoringLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.MonitorInterval <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(options.MonitorInterval, engine.Clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // Null when another node sharing the store is running it: that run covers the same changes.
                var report = await engine.Monitoring.TryRunAsync(Actor.System, stoppingToken);
                if (report is { DidNothing: false })
                    logger.LogInformation("Monitoring: {Sources} sources changed, {Raised} alerts raised, {Closed} closed", report.Sources.Count, report.Raised.Count, report.Closed.Count);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed run changes nothing (its state is saved last); the next tick tries again.
                logger.LogError(e, "Monitoring run failed");
            }
        }
    }
}
