using Embargo.Testing;

namespace Embargo.Cli.Tests;

/// <summary>A data directory with OFAC SDN 2024-05, OFAC consolidated 2025-12 and the UN list imported once for a test class.</summary>
public sealed class ScanListsFixture : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly Lazy<string> _imported;

    public ScanListsFixture() => _imported = new Lazy<string>(Import);

    /// <summary>The data directory, importing the lists on first use.</summary>
    public string DataDirectory => _imported.Value;

    private string Import()
    {
        var run = CliRun.ExecAsync(_data.Path, "lists", "import",
            SharedData.Path("lists", "ofac-sdn-2024-05"), SharedData.Path("lists", "ofac-cons-2025-12"),
            SharedData.Path("lists", "un-2026-02-27")).GetAwaiter().GetResult();
        if (run.ExitCode != 0) throw new InvalidOperationException(run.ToString());
        return _data.Path;
    }

    public void Dispose() => _data.Dispose();
}
