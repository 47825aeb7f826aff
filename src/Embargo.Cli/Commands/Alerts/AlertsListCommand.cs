using System.CommandLine;
using System.Globalization;
using Embargo.Cli.Output;
using Embargo.Core.Alerts;
using Embargo.Hosting.Output;
using Spectre.Console;

namespace Embargo.Cli.Commands.Alerts;

/// <summary><c>embargo alerts list [--status S]… [--party P] [--entity E] [--assignee U] [--offset N] [--limit N] [--json]</c>.</summary>
internal static class AlertsListCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var status = new Option<string[]>("--status") { Description = "open, in_review, pending_approval, decided, escalated, closed, or 'active' (repeatable)." };
        var party = new Option<string?>("--party") { Description = "Only this party's alerts." };
        var entity = new Option<string?>("--entity") { Description = "Only alerts on this listed entity." };
        var assignee = new Option<string?>("--assignee") { Description = "Only alerts assigned to this user." };
        var source = new Option<string?>("--source") { Description = "Only alerts on entities of this list (us-ofac-sdn, un-sc…)." };
        var minScore = new Option<double?>("--min-score") { Description = "Only alerts scored at least this (0 to 1)." };
        var olderThan = new Option<int?>("--older-than-days") { Description = "Only alerts raised at least this many days ago." };
        var offset = new Option<int>("--offset") { Description = "Skip this many (newest first)." };
        var limit = new Option<int>("--limit") { Description = "At most this many (1 to 1,000).", DefaultValueFactory = _ => 50 };
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("list", "List alerts, newest first.") { status, party, entity, assignee, source, minScore, olderThan, offset, limit, json };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            var actor = await globals.ActorAsync(engine, parseResult, token);
            var query = new AlertQuery
            {
                Statuses = ParseStatuses(parseResult.GetValue(status) ?? []),
                PartyId = parseResult.GetValue(party),
                EntityId = parseResult.GetValue(entity),
                Assignee = parseResult.GetValue(assignee),
                Source = parseResult.GetValue(source),
                MinScore = parseResult.GetValue(minScore) is { } min ? (min is >= 0 and <= 1 ? min : throw new CliUsageException("--min-score must be from 0 to 1")) : null,
                CreatedBefore = parseResult.GetValue(olderThan) is { } days
                    ? (days >= 0 ? engine.Clock.GetUtcNow().AddDays(-days) : throw new CliUsageException("--older-than-days must be 0 or more"))
                    : null,
                Offset = parseResult.GetValue(offset),
                Limit = parseResult.GetValue(limit),
            };
            var (alerts, total) = await engine.Alerts.ListAsync(actor, query, token);
            if (parseResult.GetValue(json))
            {
                CliJson.Write(console.Out, new { total, alerts = AlertJson.Alerts(alerts) });
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("id", "status", "party", "entity", "score", "reason", "assignee", "v");
            foreach (var a in alerts)
            {
                table.AddRow(a.Id.ToString(CultureInfo.InvariantCulture),
                    a.Status.Name() + (a.Decision is { } d ? $" ({d.Name()})" : ""), Markup.Escape(a.PartyId),
                    Markup.Escape($"{a.EntityId} {a.EntityName}"), a.Score.ToString("0.000", CultureInfo.InvariantCulture), a.Reason.Name(),
                    Markup.Escape(a.Assignee ?? "-"), a.Version.ToString(CultureInfo.InvariantCulture));
            }
            console.Rich.Write(table);
            console.Out.WriteLine($"{alerts.Count} of {total} alerts");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    internal static IReadOnlyList<AlertStatus>? ParseStatuses(IEnumerable<string> texts)
    {
        var statuses = new List<AlertStatus>();
        foreach (var text in texts.SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (string.Equals(text, "active", StringComparison.OrdinalIgnoreCase)) statuses.AddRange(AlertStatuses.Active);
            else if (AlertStatuses.TryParseStatus(text, out var s)) statuses.Add(s);
            else throw new CliUsageException($"--status '{text}' is not one of open, in_review, pending_approval, decided, escalated, closed, active");
        }
        return statuses.Count == 0 ? null : statuses.Distinct().ToList();
    }
}
