using System.CommandLine;
using System.Globalization;
using Embargo.Cli.Output;
using Embargo.Core.Access;
using Embargo.Hosting.Output;
using Spectre.Console;

namespace Embargo.Cli.Commands.Keys;

/// <summary><c>embargo keys list [--json]</c>: the keys, without their secrets.</summary>
internal static class KeysListCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("list", "List API keys (ids, roles, names; never the secrets).") { json };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            var keys = await engine.Keys.ListAsync(token);
            if (parseResult.GetValue(json))
            {
                CliJson.Write(console.Out, ListJson.Keys(keys));
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("id", "role", "name", "created", "revoked", "rate limit");
            foreach (var k in keys)
            {
                table.AddRow(k.Id, k.Role.Name(), Markup.Escape(k.Name), k.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    k.RevokedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-",
                    k.RateLimitPerSecond switch { null => "default", 0 => "unlimited", { } n => $"{n}/s" });
            }
            console.Rich.Write(table);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
