using System.Globalization;
using Embargo.Hosting;
using Embargo.Hosting.Batch;
using Embargo.Testing;

namespace Embargo.Cli.Tests.Batch;

/// <summary>A million rows stream through with flat memory, every record written once and in input order.</summary>
[Collection(nameof(BatchVolumeTests))]
[CollectionDefinition(nameof(BatchVolumeTests), DisableParallelization = true)]
public sealed class BatchVolumeTests : IDisposable
{
    private const int Rows = 1_000_000;
    // Measured once: the managed heap peaks near 60 MB (the demo index, chunks in flight, the output buffer)
    // while the input is about 40 MB and the CSV output about 70 MB. Holding either whole would exceed this.
    private const long ManagedHeapCap = 160L << 20;

    private readonly TempDirectory _data = new();
    private readonly TempDirectory _files = new();

    [Fact]
    public async Task MillionRowsAreWrittenInOrderWithFlatMemory()
    {
        var input = Path.Combine(_files.Path, "million.csv");
        InventedParties.WriteCsv(input, Rows, shugaevEvery: 100_000);
        var output = Path.Combine(_files.Path, "million.csv.out.csv");
        var peak = new PeakMemory();

        BatchSummary summary;
        await using (var engine = await EmbargoEngine.OpenAsync(_data.Path, TimeProvider.System, default))
        {
            var screening = new BatchScreening(await engine.Screening.GetIndexAsync(default));
            summary = await screening.RunFileAsync(input, output, new BatchOptions { OutputFormat = BatchOutputFormat.Csv }, peak, default);
        }

        Assert.Equal(Rows, summary.Records);
        Assert.Equal(0, summary.Errors);
        Assert.Equal(10, summary.WithMatches);
        Assert.True(peak.ManagedBytes < ManagedHeapCap, $"managed heap peaked at {peak.ManagedBytes >> 20} MB");

        // Every input line (2 .. Rows + 1) appears, in order; a record with several results repeats its line.
        using var reader = new StreamReader(output);
        Assert.StartsWith("id,line,", await reader.ReadLineAsync(), StringComparison.Ordinal);
        long expected = 2, previous = 0;
        while (await reader.ReadLineAsync() is { } row)
        {
            var fields = row.Split(',', 3);
            var line = long.Parse(fields[1], CultureInfo.InvariantCulture);
            if (line == previous) continue;
            Assert.Equal(expected, line);
            Assert.Equal("p" + (line - 2).ToString(CultureInfo.InvariantCulture), fields[0]);
            previous = line;
            expected++;
        }
        Assert.Equal(Rows + 2, expected);
    }

    private sealed class PeakMemory : IProgress<BatchProgress>
    {
        public long ManagedBytes { get; private set; }

        public void Report(BatchProgress value) => ManagedBytes = Math.Max(ManagedBytes, GC.GetTotalMemory(false));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
        _files.Dispose();
    }
}
