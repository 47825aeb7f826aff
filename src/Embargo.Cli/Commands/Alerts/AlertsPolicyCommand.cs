using System.CommandLine;
using System.Globalization;
using Embargo.Cli.Output;
using Embargo.Core.Alerts;
using Embargo.Hosting.Alerts;
using Embargo.Hosting.Output;

namespace Embargo.Cli.Commands.Alerts;

/// <summary>
/// <c>embargo alerts policy [--threshold X] [--four-eyes-true-match yes|no] [--four-eyes-false-positive-from X|never]
/// [--allow-list-days N|never] [--json]</c>: shows the review policy, and changes it when options are given (administrators).
/// </summary>
internal static class AlertsPolicyCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var threshold = new Option<string?>("--threshold") { Description = "Alerts at or above this score ('default': the algorithm's)." };
        var trueMatch = new Option<string?>("--four-eyes-true-match") { Description = "yes or no: a true match needs a second person's approval." };
        var falsePositive = new Option<string?>("--four-eyes-false-positive-from") { Description = "A false positive scored at or above this needs approval ('never', 0 = always)." };
        var days = new Option<string?>("--allow-list-days") { Description = "Days a confirmed false positive stays allow-listed ('never' expires)." };
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("policy", "Show or change the review policy (four eyes, threshold, allow-list expiry).") { threshold, trueMatch, falsePositive, days, json };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            var actor = await globals.ActorAsync(engine, parseResult, token);
            var policy = await engine.Alerts.GetPolicyAsync(token);
            var changed = policy;
            if (parseResult.GetValue(threshold) is { } t) changed = changed with { Threshold = OptionalNumber(t, "--threshold", "default") };
            if (parseResult.GetValue(trueMatch) is { } tm) changed = changed with { FourEyesForTrueMatch = YesNo(tm) };
            if (parseResult.GetValue(falsePositive) is { } fp) changed = changed with { FourEyesForFalsePositiveFrom = OptionalNumber(fp, "--four-eyes-false-positive-from", "never") };
            if (parseResult.GetValue(days) is { } d) changed = changed with { AllowListDays = (int?)OptionalNumber(d, "--allow-list-days", "never") };
            if (changed != policy) policy = await engine.Alerts.SetPolicyAsync(actor, changed, token);
            if (parseResult.GetValue(json))
            {
                CliJson.Write(console.Out, AlertJson.Policy(policy));
                return ExitCodes.Ok;
            }
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold                        {AlertService.ThresholdOf(policy):0.00}{(policy.Threshold is null ? " (default)" : "")}"));
            console.Out.WriteLine($"four eyes for true matches       {(policy.FourEyesForTrueMatch ? "yes" : "no")}");
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"four eyes for false positives    {(policy.FourEyesForFalsePositiveFrom is { } from ? $"from score {from:0.00}" : "never")}"));
            console.Out.WriteLine($"allow-list entries expire after  {(policy.AllowListDays is { } n ? $"{n} days" : "never")}");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static bool YesNo(string text) => text.Trim().ToLowerInvariant() switch
    {
        "yes" or "true" or "on" or "1" => true,
        "no" or "false" or "off" or "0" => false,
        _ => throw new CliUsageException($"--four-eyes-true-match '{text}' is not yes or no"),
    };

    private static double? OptionalNumber(string text, string option, string none)
    {
        if (string.Equals(text.Trim(), none, StringComparison.OrdinalIgnoreCase)) return null;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new CliUsageException($"{option} '{text}' is not a number or '{none}'");
    }
}
