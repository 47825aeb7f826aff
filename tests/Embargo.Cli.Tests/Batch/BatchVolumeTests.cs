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
    // Live memory the run adds (chunks in flight, the output buffer), measured after full collections at ten
    // points of the run: measured once at about 7 MB, flat from the first sample. The input is about 40 MB and the CSV output about 70 MB:
    // holding either whole would exceed this.
    private const long LiveGrowthCap = 32L << 20;

    private readonly TempDirectory _data = new();
    private readonly TempDirectory _files = new();

    [Fact]
    public async Task MillionRowsAreWrittenInOrderWithFlatMemory()
    {
        var input = Path.Combine(_files.Path, "million.csv");
        InventedParties.WriteCsv(input, Rows, shugaevEvery: 100_000);
        var output = Path.Combine(_files.Path, "million.csv.out.csv");
        var peak = new PeakLiveMemory(GC.GetTotalMemory(forceFullCollection: true));

        BatchSummary summary;
        await using (var engine = await EmbargoEngine.OpenAsync(_data.Path, TimeProvider.System, default))
        {
            var screening = new BatchScreening(await engine.Screening.GetIndexAsync(default));
            summary = await screening.RunFileAsync(input, output, new BatchOptions { OutputFormat = BatchOutputFormat.Csv }, peak, default);
        }

        Assert.Equal(Rows, summary.Records);
        Assert.Equal(0, summary.Errors);
        Assert.Equal(10, summary.WithMatches);
        Assert.True(peak.Samples >= 5, $"only {peak.Samples} memory samples");
        Assert.True(peak.Growth < LiveGrowthCap, $"live managed memory grew by {peak.Growth >> 20} MB");

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

    // Garbage not yet collected says nothing about what the run holds: sample live memory, every 100,000 records.
    private sealed class PeakLiveMemory(long baseline) : IProgress<BatchProgress>
    {
        private long _next = 100_000;

        public long Growth { get; private set; }
        public int Samples { get; private set; }

        public void Report(BatchProgress value)
        {
            if (value.Records < _next) return;
            _next += 100_000;
            Samples++;
            Growth = Math.Max(Growth, GC.GetTotalMemory(forceFullCollection: true) - baseline);
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
        _files.Dispose();
    }
}
