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

    public void AddTo(RootCommand root) => root.Options.Add(DataDir);

    public string ResolveDataDirectory(ParseResult parseResult) => DataDirectory.Resolve(parseResult.GetValue(DataDir));
}
