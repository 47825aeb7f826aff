using System.CommandLine;
using System.Globalization;
using Embargo.Cli.Output;
using Embargo.Core.Access;
using Embargo.Hosting.Output;
using Spectre.Console;

namespace Embargo.Cli.Commands.Users;

/// <summary><c>embargo users list [--json]</c>.</summary>
internal static class UsersListCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("list", "List users and their roles.") { json };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            (await globals.ActorAsync(engine, parseResult, token)).Require(ApiRole.Admin, "list users");
            var users = await engine.Users.ListAsync(token);
            if (parseResult.GetValue(json))
            {
                CliJson.Write(console.Out, UserJson.Users(users));
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("id", "name", "roles", "password", "status", "created");
            foreach (var u in users)
            {
                table.AddRow(Markup.Escape(u.Id), Markup.Escape(u.Name), UserRoles.Describe(u), u.PasswordHash is null ? "-" : "set",
                    u.Disabled ? "disabled" : "enabled", u.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            }
            console.Rich.Write(table);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
