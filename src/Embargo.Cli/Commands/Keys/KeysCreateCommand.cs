using System.CommandLine;
using Embargo.Core.Access;
using Embargo.Hosting;

namespace Embargo.Cli.Commands.Keys;

/// <summary><c>embargo keys create --role screen|review|approve|admin [--name N] [--rate-limit N] [--user ID]</c>: prints the new key once.</summary>
internal static class KeysCreateCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var role = new Option<string>("--role") { Description = "screen, review, approve or admin.", Required = true };
        var name = new Option<string?>("--name") { Description = "Who or what the key is for (default: the role and date)." };
        var rateLimit = new Option<int?>("--rate-limit") { Description = "Requests per second for this key (0 = unlimited; default: the server's)." };
        var user = new Option<string?>("--user") { Description = "The user the key acts for (its role cannot exceed theirs); default: a key of its own." };
        var command = new Command("create", "Create an API key; it is shown once and stored only as a hash.") { role, name, rateLimit, user };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            var roleText = parseResult.GetValue(role);
            if (!ApiRoles.TryParse(roleText, out var parsed)) throw new CliUsageException($"--role '{roleText}' is not one of screen, review, approve, admin");
            var limit = parseResult.GetValue(rateLimit);
            if (limit is < 0) throw new CliUsageException("--rate-limit cannot be negative");
            var label = parseResult.GetValue(name) ?? $"{parsed.Name()} key {engine.Clock.GetUtcNow():yyyy-MM-dd}";
            var actor = await globals.ActorAsync(engine, parseResult, token);
            var (key, secret) = await engine.Keys.CreateAsync(actor, label, parsed, limit, parseResult.GetValue(user), token);
            console.Out.WriteLine(secret);
            console.Error.WriteLine($"created key {key.Id} ({key.Role.Name()}, \"{key.Name}\"{(key.UserId is null ? "" : $", for {key.UserId}")}); store it now: it cannot be shown again.");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
