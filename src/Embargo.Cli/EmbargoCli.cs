using System.CommandLine;
using Embargo.Cli.Commands.Alerts;
using Embargo.Cli.Commands.Audit;
using Embargo.Cli.Commands.Keys;
using Embargo.Cli.Commands.Lists;
using Embargo.Cli.Commands.Parties;
using Embargo.Cli.Commands.Screening;
using Embargo.Cli.Commands.Server;
using Embargo.Cli.Commands.Users;

namespace Embargo.Cli;

/// <summary>The <c>embargo</c> command tree. Shared by the executable and the tests.</summary>
internal static class EmbargoCli
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var root = Build(console);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) console.WriteError(error.Message);
            console.Error.WriteLine("Run 'embargo --help' for usage.");
            return ExitCodes.Error;
        }
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error }, cancellationToken);
    }

    public static RootCommand Build(CliConsole console)
    {
        var globals = new GlobalOptions();
        var root = new RootCommand("Embargo: sanctions screening against the official lists (OFAC, UN, EU, UK, BIS).");
        globals.AddTo(root);

        var lists = new Command("lists", "Import, update, inspect and compare sanctions list snapshots.");
        lists.Subcommands.Add(ListsImportCommand.Create(console, globals));
        lists.Subcommands.Add(ListsUpdateCommand.Create(console, globals));
        lists.Subcommands.Add(ListsStatusCommand.Create(console, globals));
        lists.Subcommands.Add(ListsShowCommand.Create(console, globals));
        lists.Subcommands.Add(ListsDiffCommand.Create(console, globals));
        lists.Subcommands.Add(ListsHistoryCommand.Create(console, globals));
        lists.Subcommands.Add(ListsActivateCommand.Create(console, globals));
        root.Subcommands.Add(lists);
        root.Subcommands.Add(ScreenCommand.Create(console, globals));
        root.Subcommands.Add(CompareCommand.Create(console, globals));
        root.Subcommands.Add(ScanCommand.Create(console, globals));
        root.Subcommands.Add(ServeCommand.Create(console, globals));
        var keys = new Command("keys", "Create, list and revoke API keys for the HTTP service.");
        keys.Subcommands.Add(KeysCreateCommand.Create(console, globals));
        keys.Subcommands.Add(KeysListCommand.Create(console, globals));
        keys.Subcommands.Add(KeysRevokeCommand.Create(console, globals));
        root.Subcommands.Add(keys);
        var users = new Command("users", "Register and manage reviewers, approvers and administrators.");
        users.Subcommands.Add(UsersAddCommand.Create(console, globals));
        users.Subcommands.Add(UsersListCommand.Create(console, globals));
        users.Subcommands.Add(UsersChangeCommands.Disable(console, globals));
        users.Subcommands.Add(UsersChangeCommands.Enable(console, globals));
        users.Subcommands.Add(UsersChangeCommands.SetRoles(console, globals));
        users.Subcommands.Add(UsersChangeCommands.SetPassword(console, globals));
        root.Subcommands.Add(users);
        var parties = new Command("parties", "Register, update, remove and import the parties you monitor.");
        parties.Subcommands.Add(PartiesAddCommand.Create(console, globals));
        parties.Subcommands.Add(PartiesUpdateCommand.Create(console, globals));
        parties.Subcommands.Add(PartiesRemoveCommand.Create(console, globals));
        parties.Subcommands.Add(PartiesListCommand.Create(console, globals));
        parties.Subcommands.Add(PartiesShowCommand.Create(console, globals));
        parties.Subcommands.Add(PartiesImportCommand.Create(console, globals));
        parties.Subcommands.Add(PartiesScreenCommand.Create(console, globals));
        root.Subcommands.Add(parties);
        var alerts = new Command("alerts", "Review alerts: list, show, assign, decide, escalate, approve (four eyes), reopen; the policy and the allow-list.");
        alerts.Subcommands.Add(AlertsListCommand.Create(console, globals));
        alerts.Subcommands.Add(AlertsShowCommand.Create(console, globals));
        alerts.Subcommands.Add(AlertsStepCommands.Comment(console, globals));
        alerts.Subcommands.Add(AlertsStepCommands.Assign(console, globals));
        alerts.Subcommands.Add(AlertsStepCommands.Decide(console, globals));
        alerts.Subcommands.Add(AlertsStepCommands.Escalate(console, globals));
        alerts.Subcommands.Add(AlertsStepCommands.Approve(console, globals));
        alerts.Subcommands.Add(AlertsStepCommands.Reject(console, globals));
        alerts.Subcommands.Add(AlertsStepCommands.Reopen(console, globals));
        alerts.Subcommands.Add(AlertsPolicyCommand.Create(console, globals));
        alerts.Subcommands.Add(AlertsAllowListCommand.Create(console, globals));
        alerts.Subcommands.Add(AlertsMonitorCommand.Create(console, globals));
        root.Subcommands.Add(alerts);
        var audit = new Command("audit", "Verify and export the append-only, hash-chained audit trail.");
        audit.Subcommands.Add(AuditVerifyCommand.Create(console, globals));
        audit.Subcommands.Add(AuditExportCommand.Create(console, globals));
        root.Subcommands.Add(audit);
        return root;
    }
}
