using System.CommandLine;
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

    public void AddTo(RootCommand root)
    {
        root.Options.Add(DataDir);
        root.Options.Add(Store);
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
}
