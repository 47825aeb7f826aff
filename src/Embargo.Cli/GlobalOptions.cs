using System.CommandLine;
using Embargo.Core.Access;
using Embargo.Core.Review;
using Embargo.Hosting;

namespace Embargo.Cli;

/// <summary>Options every command accepts.</summary>
internal sealed class GlobalOptions
{
    public Option<string?> DataDir { get; } = new("--data-dir")
    {
        Description = $"Data directory (default: ${DataDirectory.EnvironmentVariable}, else $XDG_DATA_HOME/embargo or ~/.local/share/embargo).",
        Recursive = true,
    };

    public Option<string?> Store { get; } = new("--store")
    {
        Description = $"The store: 'sqlite' (default: embargo.db in the data directory) or a PostgreSQL connection string " +
                      $"(postgres://user:password@host:5432/database, or Host=…;Database=…), which several 'embargo serve' nodes can share " +
                      $"(default: ${StoreLocation.EnvironmentVariable}).",
        Recursive = true,
    };

    public Option<string?> As { get; } = new("--as")
    {
        Description = $"Act as this user (default: ${UserVariable}, else the OS account name). Recorded in the audit trail.",
        Recursive = true,
    };

    public const string UserVariable = "EMBARGO_USER";

    public void AddTo(RootCommand root)
    {
        root.Options.Add(DataDir);
        root.Options.Add(Store);
        root.Options.Add(As);
    }

    public string ResolveDataDirectory(ParseResult parseResult) => DataDirectory.Resolve(parseResult.GetValue(DataDir));

    /// <summary>The PostgreSQL connection string, or null for SQLite.</summary>
    public string? ResolveStore(ParseResult parseResult)
    {
        try
        {
            return StoreLocation.Resolve(parseResult.GetValue(Store));
        }
        catch (ArgumentException e)
        {
            throw new CliUsageException(e.Message);
        }
    }

    /// <summary>The name the command runs under: <c>--as</c>, else <c>$EMBARGO_USER</c>, else the OS account.</summary>
    public string UserName(ParseResult parseResult) =>
        parseResult.GetValue(As) is { Length: > 0 } name ? name
        : Environment.GetEnvironmentVariable(UserVariable) is { Length: > 0 } fromEnv ? fromEnv
        : Environment.UserName;

    /// <summary>Who acts, for commands that need a role: a registered user (or, before any exists, the local operator).</summary>
    public Task<Actor> ActorAsync(EmbargoEngine engine, ParseResult parseResult, CancellationToken cancellationToken) =>
        engine.Users.ResolveLocalAsync(UserName(parseResult), cancellationToken);

    /// <summary>Who acts, for commands that need no role (list imports): the user when registered, else the name as given.</summary>
    public async Task<Actor> RecordedActorAsync(EmbargoEngine engine, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var name = UserName(parseResult);
        try
        {
            return await engine.Users.ResolveLocalAsync(name, cancellationToken);
        }
        catch (Exception e) when (e is AccessDeniedException or InvalidRequestException)
        {
            return new Actor(UserIds.Normalize(name) ?? "unknown", ApiRole.Screen, ActorKind.Local);
        }
    }
}
