using System.CommandLine;
using Embargo.Cli.Output;
using Spectre.Console;

namespace Embargo.Cli.Commands.Alerts;

/// <summary><c>embargo alerts allow-list [--party P] [--all] [--json]</c>: the confirmed false positives that suppress alerts.</summary>
internal static class AlertsAllowListCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var party = new Option<string?>("--party") { Description = "Only this party's entries." };
        var all = new Option<bool>("--all") { Description = "Also entries that ended (lapsed, expired, reopened)." };
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("allow-list", "List allow-listed false positives.") { party, all, json };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            var actor = await globals.ActorAsync(engine, parseResult, token);
            var entries = await engine.Alerts.AllowListAsync(actor, parseResult.GetValue(party), !parseResult.GetValue(all), token);
            if (parseResult.GetValue(json))
            {
                CliJson.Write(console.Out, entries.Select(e => new
                {
                    party_id = e.PartyId, entity_id = e.EntityId, alert_id = e.AlertId, decided_by = e.DecidedBy, approved_by = e.ApprovedBy,
                    created_at = e.CreatedAt, expires_at = e.ExpiresAt, ended_at = e.EndedAt, end_reason = e.EndReason,
                }));
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("party", "entity", "alert", "decided", "approved", "expires", "ended");
            foreach (var e in entries)
            {
                table.AddRow(Markup.Escape(e.PartyId), Markup.Escape(e.EntityId), e.AlertId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(e.DecidedBy), Markup.Escape(e.ApprovedBy ?? "-"), e.ExpiresAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "never",
                    Markup.Escape(e.EndReason ?? "-"));
            }
            console.Rich.Write(table);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
