using Embargo.Hosting;
using Embargo.Hosting.Batch;
using Embargo.Testing;

namespace Embargo.Cli.Tests.Batch;

/// <summary>An interrupted batch run continues where it stopped: the output equals an uninterrupted run's, byte for byte.</summary>
public sealed class BatchResumeTests : IDisposable
{
    private const int Rows = 20_000;
    private readonly TempDirectory _data = new();
    private readonly TempDirectory _files = new();

    [Theory]
    [InlineData("out.jsonl")]
    [InlineData("out.csv")]
    public async Task RunCancelledMidwayAndRerunWritesEveryRecordOnce(string outputName)
    {
        var input = Path.Combine(_files.Path, "in.csv");
        InventedParties.WriteCsv(input, Rows, shugaevEvery: 997);
        var complete = Path.Combine(_files.Path, "complete-" + outputName);
        var resumed = Path.Combine(_files.Path, outputName);
        var options = new BatchOptions
        {
            OutputFormat = outputName.EndsWith(".csv", StringComparison.Ordinal) ? BatchOutputFormat.Csv : BatchOutputFormat.Jsonl,
            ChunkSize = 64,
            FlushInterval = TimeSpan.Zero,
        };

        await using (var engine = await EmbargoEngine.OpenAsync(_data.Path, TimeProvider.System, default))
        {
            var screening = new BatchScreening(await engine.Screening.GetIndexAsync(default));
            await screening.RunFileAsync(input, complete, options, null, default);

            using var cancel = new CancellationTokenSource();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                screening.RunFileAsync(input, resumed, options, new CancelAfter(5_000, cancel), cancel.Token));
        }
        var checkpoint = BatchCheckpoint.Load(resumed);
        Assert.NotNull(checkpoint);
        Assert.InRange(checkpoint.Records, 5_000, Rows - 1);
        // A flush the checkpoint never recorded: half a record past the checkpoint's offset.
        await File.AppendAllTextAsync(resumed, "p-partial,12,ok,,Half Writ");

        // The same command again (the CLI's defaults are the options above, apart from chunking).
        var run = await CliRun.ExecAsync(_data.Path, "screen", "--input", input, "--output", resumed);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"resumed after {checkpoint.Records:N0}", run.Error, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllBytesAsync(complete), await File.ReadAllBytesAsync(resumed));
        Assert.False(File.Exists(BatchCheckpoint.PathFor(resumed)));
    }

    [Fact]
    public async Task CheckpointOfOtherSettingsIsNotContinued()
    {
        var input = Path.Combine(_files.Path, "in.csv");
        InventedParties.WriteCsv(input, Rows);
        var output = Path.Combine(_files.Path, "out.jsonl");
        await using (var engine = await EmbargoEngine.OpenAsync(_data.Path, TimeProvider.System, default))
        {
            var screening = new BatchScreening(await engine.Screening.GetIndexAsync(default));
            using var cancel = new CancellationTokenSource();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => screening.RunFileAsync(input, output,
                new BatchOptions { ChunkSize = 64, FlushInterval = TimeSpan.Zero }, new CancelAfter(1_000, cancel), cancel.Token));
        }

        var run = await CliRun.ExecAsync(_data.Path, "screen", "--input", input, "--output", output, "--threshold", "0.9");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("checkpoint.json", run.Error, StringComparison.Ordinal);
        Assert.Contains("other settings", run.Error, StringComparison.Ordinal);
    }

    private sealed class CancelAfter(long records, CancellationTokenSource cancel) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value)
        {
            if (value.Records >= records) cancel.Cancel();
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
        _files.Dispose();
    }
}
