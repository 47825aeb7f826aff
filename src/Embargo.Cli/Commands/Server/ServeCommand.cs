using System.CommandLine;
using Embargo.Cli.Output;
using Embargo.Hosting;
using Embargo.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Embargo.Cli.Commands.Server;

/// <summary>
/// <c>embargo serve [--listen URL]… [--no-auth] [--rate-limit N] [--log-requests]</c>: the HTTP service. Builds the
/// screening index before it says it is listening, and stops cleanly on Ctrl+C or SIGTERM.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var listen = new Option<string[]>("--listen")
        {
            Description = $"URL to listen on (repeatable; default {ServerOptions.DefaultUrl}; port 0 picks a free one).",
            AllowMultipleArgumentsPerToken = false,
        };
        var noAuth = new Option<bool>("--no-auth") { Description = "Serve without API keys (only when listening on loopback addresses)." };
        var rateLimit = new Option<int>("--rate-limit")
        {
            Description = "Requests per second for keys without a limit of their own (0 = unlimited).",
            DefaultValueFactory = _ => new ServerOptions().DefaultRateLimitPerSecond,
        };
        var logRequests = new Option<bool>("--log-requests") { Description = "Log one line per request." };
        var jobLease = new Option<int?>("--job-lease")
        {
            Description = "With a PostgreSQL store: seconds a node holds a batch job without renewing it, i.e. how soon " +
                          "another node takes over the job of a node that died (default 15).",
        };
        var monitorEvery = new Option<int>("--monitor-interval")
        {
            Description = "Seconds between checks for list changes made by other processes (0 = off); changes made through this server are monitored at once.",
            DefaultValueFactory = _ => 60,
        };
        var command = new Command("serve", "Run the HTTP API (native /v1, yente-compatible, W3C reconciliation).") { listen, noAuth, rateLimit, logRequests, jobLease, monitorEvery };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, (engine, token) =>
        {
            var urls = parseResult.GetValue(listen) is { Length: > 0 } given ? given : [ServerOptions.DefaultUrl];
            if (parseResult.GetValue(rateLimit) < 0) throw new CliUsageException("--rate-limit cannot be negative");
            if (parseResult.GetValue(jobLease) is < 3) throw new CliUsageException("--job-lease must be at least 3 seconds");
            var options = new ServerOptions
            {
                Urls = urls,
                NoAuth = parseResult.GetValue(noAuth),
                DefaultRateLimitPerSecond = parseResult.GetValue(rateLimit),
                LogRequests = parseResult.GetValue(logRequests),
                JobLease = parseResult.GetValue(jobLease) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
                MonitorInterval = TimeSpan.FromSeconds(Math.Max(0, parseResult.GetValue(monitorEvery))),
            };
            return RunAsync(console, engine, options, token);
        }, ct));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, EmbargoEngine engine, ServerOptions options, CancellationToken cancellationToken)
    {
        WebApplication app;
        try
        {
            app = EmbargoServer.Build(engine, options);
        }
        catch (InvalidOperationException e)
        {
            throw new CliUsageException(e.Message);
        }
        await using (app)
        {
            var index = await engine.Screening.GetIndexAsync(cancellationToken);
            DemoNotice.WriteIfDemoOnly(console, index.Snapshots);
            console.Out.WriteLine($"store: {engine.StoreDescription}");
            console.Out.WriteLine($"lists: {string.Join(", ", index.Snapshots.Select(s => $"{s.Source} {s.Version}"))} ({index.Index.EntityCount:N0} entities, index built in {index.BuildTime.TotalSeconds:F1} s)");
            await app.StartAsync(cancellationToken);
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            console.Out.WriteLine($"listening on {string.Join(", ", addresses)}{(options.NoAuth ? " without authentication (--no-auth)" : "")}; API page at /docs");
            console.Out.Flush();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }
            await app.StopAsync(CancellationToken.None);
            console.Out.WriteLine("stopped");
        }
        return ExitCodes.Ok;
    }
}
