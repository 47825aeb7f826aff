using System.CommandLine;
using Embargo.Cli.Output;
using Embargo.Hosting.Access;
using Embargo.Hosting.Output;

namespace Embargo.Cli.Commands.Users;

/// <summary><c>embargo users add ID [--name N] [--roles review,approve,admin] [--password-stdin]</c>.</summary>
internal static class UsersAddCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var id = new Argument<string>("ID") { Description = "The login name (lowercase letters, digits, . _ - @)." };
        var name = new Option<string?>("--name") { Description = "The name people read (default: the id)." };
        var roles = new Option<string?>("--roles") { Description = $"Comma-separated roles: {UserService.RoleChoices} (default: none)." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read a password for the web interface from standard input." };
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("add", "Register a user.") { id, name, roles, passwordStdin, json };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            var actor = await globals.ActorAsync(engine, parseResult, token);
            var password = parseResult.GetValue(passwordStdin) ? ReadPassword(console) : null;
            var user = await engine.Users.AddAsync(actor, parseResult.GetValue(id)!, parseResult.GetValue(name),
                UserService.ParseRoles(parseResult.GetValue(roles)), password, token);
            if (parseResult.GetValue(json)) CliJson.Write(console.Out, UserJson.User(user));
            else console.Out.WriteLine($"added user {user.Id} ({UserRoles.Describe(user)})");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    internal static string ReadPassword(CliConsole console) =>
        console.In.ReadLine()?.TrimEnd('\r', '\n') is { Length: > 0 } line ? line : throw new CliUsageException("--password-stdin: nothing on standard input");
}
