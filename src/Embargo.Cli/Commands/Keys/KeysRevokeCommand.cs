using System.CommandLine;

namespace Embargo.Cli.Commands.Keys;

/// <summary><c>embargo keys revoke ID</c>: the key stops working (within seconds on running servers); it stays on record.</summary>
internal static class KeysRevokeCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var id = new Argument<string>("ID") { Description = "The key id (see 'keys list')." };
        var command = new Command("revoke", "Revoke an API key.") { id };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            var keyId = parseResult.GetValue(id)!;
            var actor = await globals.ActorAsync(engine, parseResult, token);
            if (!await engine.Keys.RevokeAsync(actor, keyId, token)) throw new CliUsageException($"no active key '{keyId}'");
            console.Out.WriteLine($"revoked key {keyId}");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
