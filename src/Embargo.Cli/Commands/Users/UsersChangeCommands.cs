using System.CommandLine;
using Embargo.Hosting.Access;

namespace Embargo.Cli.Commands.Users;

/// <summary><c>embargo users disable|enable ID</c>, <c>users set-roles ID ROLES</c>, <c>users set-password ID</c> (from standard input).</summary>
internal static class UsersChangeCommands
{
    public static Command Disable(CliConsole console, GlobalOptions globals) =>
        Simple(console, globals, "disable", "Disable a user: their keys stop working; their record stays.", "disabled",
            (engine, actor, id, token) => engine.Users.DisableAsync(actor, id, token));

    public static Command Enable(CliConsole console, GlobalOptions globals) =>
        Simple(console, globals, "enable", "Enable a disabled user again.", "enabled",
            (engine, actor, id, token) => engine.Users.EnableAsync(actor, id, token));

    public static Command SetRoles(CliConsole console, GlobalOptions globals)
    {
        var id = new Argument<string>("ID") { Description = "The user id." };
        var roles = new Argument<string>("ROLES") { Description = $"Comma-separated roles: {UserService.RoleChoices}, or 'none'." };
        var command = new Command("set-roles", "Replace a user's roles.") { id, roles };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            var actor = await globals.ActorAsync(engine, parseResult, token);
            var user = await engine.Users.SetRolesAsync(actor, parseResult.GetValue(id)!, UserService.ParseRoles(parseResult.GetValue(roles)), token);
            console.Out.WriteLine($"{user.Id}: {UserRoles.Describe(user)}");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    public static Command SetPassword(CliConsole console, GlobalOptions globals)
    {
        var id = new Argument<string>("ID") { Description = "The user id." };
        var command = new Command("set-password", "Set a user's password for the web interface, read from standard input.") { id };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            var actor = await globals.ActorAsync(engine, parseResult, token);
            var user = await engine.Users.SetPasswordAsync(actor, parseResult.GetValue(id)!, UsersAddCommand.ReadPassword(console), token);
            console.Out.WriteLine($"{user.Id}: password set");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command Simple(CliConsole console, GlobalOptions globals, string name, string description, string done,
        Func<Hosting.EmbargoEngine, Core.Access.Actor, string, CancellationToken, Task<Core.Access.User>> change)
    {
        var id = new Argument<string>("ID") { Description = "The user id." };
        var command = new Command(name, description) { id };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            var actor = await globals.ActorAsync(engine, parseResult, token);
            var user = await change(engine, actor, parseResult.GetValue(id)!, token);
            console.Out.WriteLine($"{done} user {user.Id}");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
