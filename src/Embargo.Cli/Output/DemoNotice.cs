using Embargo.Core.Snapshots;
using Embargo.Hosting;

namespace Embargo.Cli.Output;

/// <summary>Every output that relies on the built-in demo list says so.</summary>
internal static class DemoNotice
{
    public const string Text =
        "NOTE: only the built-in demo list is active. It is hand-written sample data, not an official list; " +
        "import official lists with 'embargo lists import' or 'embargo lists update'.";

    public static void WriteIfDemoOnly(CliConsole console, IReadOnlyList<ListSnapshot> active)
    {
        if (EmbargoEngine.IsDemoOnly(active)) console.Error.WriteLine(Text);
    }
}
