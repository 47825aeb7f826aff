using System.CommandLine;
using System.Globalization;
using Embargo.Hosting;
using Embargo.Lists.Download;
using Embargo.Lists.Import;
using Spectre.Console;

namespace Embargo.Cli.Commands.Lists;

/// <summary>
/// <c>embargo lists update [--source S] [--base-url URL]</c>: download the official files and import them.
/// One source failing does not stop the others; the exit code is 2 when any failed.
/// </summary>
internal static class ListsUpdateCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var source = new Option<string?>("--source")
        {
            Description = "The source to update (" + string.Join(", ", OfficialSources.Downloadable) + "); default: all of them.",
        };
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "Fetch the source's files from this mirror instead of the publisher ({base-url}/{file name}); needs --source.",
        };
        var timeout = new Option<int>("--timeout") { Description = "Seconds allowed per download attempt.", DefaultValueFactory = _ => 60 };
        var attempts = new Option<int>("--attempts") { Description = "Attempts per file before giving up.", DefaultValueFactory = _ => 4 };
        var allowShrink = new Option<bool>("--allow-shrink")
        {
            Description = "Accept a list with fewer than half the entries of the active snapshot.",
        };
        var command = new Command("update", "Download the official lists and import what changed.") { source, baseUrl, timeout, attempts, allowShrink };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            var options = new DownloadOptions
            {
                AttemptTimeout = TimeSpan.FromSeconds(Math.Max(1, parseResult.GetValue(timeout))),
                MaxAttempts = Math.Max(1, parseResult.GetValue(attempts)),
            };
            var importOptions = new ImportOptions { AllowShrink = parseResult.GetValue(allowShrink) };
            var actor = await globals.RecordedActorAsync(engine, parseResult, token);
            return await RunAsync(console, engine, parseResult.GetValue(source), parseResult.GetValue(baseUrl), options, importOptions, actor, token);
        }, ct));
        return command;
    }

    private static async Task<int> RunAsync(
        CliConsole console, EmbargoEngine engine, string? source, string? baseUrlText, DownloadOptions options, ImportOptions importOptions,
        Core.Access.Actor actor, CancellationToken cancellationToken)
    {
        Uri? baseUrl = null;
        if (baseUrlText is not null && (!Uri.TryCreate(baseUrlText, UriKind.Absolute, out baseUrl) || baseUrl.Scheme is not ("http" or "https")))
            throw new CliUsageException($"--base-url '{baseUrlText}' is not an http(s) address");
        if (baseUrl is not null && source is null)
            throw new CliUsageException("--base-url needs --source: a mirror serves one source's files");
        var sources = ListCatalog.UpdateSources(source);
        var failed = 0;
        engine.MonitorOnListChange = false;
        foreach (var s in sources)
        {
            var result = await UpdateWithProgressAsync(console, engine, s, baseUrl, options, importOptions, actor, cancellationToken);
            if (result.Succeeded)
            {
                await ImportReport.WriteAsync(console, engine, result.Import!, cancellationToken);
            }
            else
            {
                failed++;
                console.WriteError($"{s}: update failed, the active snapshot is unchanged: {result.Error}");
            }
        }
        if (sources.Count > 1)
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sources.Count - failed} of {sources.Count} sources updated"));
        await MonitorAfterListChange.RunAsync(console, engine, actor, cancellationToken);
        return failed == 0 ? ExitCodes.Ok : ExitCodes.Error;
    }

    private static async Task<UpdateResult> UpdateWithProgressAsync(CliConsole console, EmbargoEngine engine, string source, Uri? baseUrl,
        DownloadOptions options, ImportOptions importOptions, Core.Access.Actor actor, CancellationToken cancellationToken)
    {
        if (!console.Interactive) return await engine.Lists.UpdateAsync(source, baseUrl, options, importOptions, null, actor, cancellationToken);
        UpdateResult? result = null;
        await console.Rich.Status().StartAsync($"Updating {source}…", async status =>
        {
            var progress = new Progress<DownloadProgress>(p => status.Status($"Updating {source}: {Markup.Escape(p.ToString())}"));
            result = await engine.Lists.UpdateAsync(source, baseUrl, options, importOptions, progress, actor, cancellationToken);
        });
        return result!;
    }
}
