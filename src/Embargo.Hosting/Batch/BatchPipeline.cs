using System.Buffers;
using System.Diagnostics;
using System.Threading.Channels;
using Embargo.Matching;

namespace Embargo.Hosting.Batch;

/// <summary>
/// The streaming run: one reader cuts the input into chunks, workers (one per core) screen them, and one
/// writer takes them back in input order, writes them and, at every flush, reports the new position (where
/// the caller saves its checkpoint). Two bounded channels keep memory flat: the reader may be at most
/// <c>4 × workers</c> chunks ahead of the writer, however large the file.
/// </summary>
internal sealed class BatchPipeline(ScreeningIndex index, BatchOptions options, string inputName)
{
    private readonly int _workers = Math.Max(1, options.Workers);

    /// <summary>Screens every record after <paramref name="start"/>.Records and returns the final position.</summary>
    /// <param name="reader">The input's records.</param>
    /// <param name="inputPosition">How many input bytes have been read (read on the reader's thread).</param>
    /// <param name="inputLength">The input's length in bytes, or 0 when unknown.</param>
    /// <param name="output">Positioned at <paramref name="start"/>.OutputOffset.</param>
    /// <param name="writer">The output format.</param>
    /// <param name="start">Where an earlier run stopped.</param>
    /// <param name="flushed">Called after each flush with the position now safely written (where a checkpoint is saved); a
    /// failure stops the run.</param>
    /// <param name="progress">Reported after each flush.</param>
    /// <param name="cancellationToken">Stops the run after its last complete flush.</param>
    public async Task<BatchPosition> RunAsync(
        IBatchReader reader, Func<long> inputPosition, long inputLength, Stream output, IBatchWriter writer, BatchPosition start,
        Func<BatchPosition, Task>? flushed, IProgress<BatchProgress>? progress, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var inOrder = Channel.CreateBounded<BatchChunk>(new BoundedChannelOptions(_workers * 4) { SingleWriter = true, SingleReader = true });
        var work = Channel.CreateBounded<BatchChunk>(new BoundedChannelOptions(_workers * 4) { SingleWriter = true });

        var tasks = new List<Task>
        {
            Task.Run(() => ReadAsync(reader, inputPosition, start.Records, inOrder.Writer, work.Writer, stop.Token), stop.Token),
        };
        for (var i = 0; i < _workers; i++) tasks.Add(Task.Run(() => ScreenAsync(work.Reader, stop.Token), stop.Token));
        var writing = Task.Run(() => WriteAsync(inOrder.Reader, output, writer, start, inputLength, flushed, progress, stop.Token), stop.Token);
        tasks.Add(writing);

        // The first failure stops the others; it is the one reported.
        var remaining = new List<Task>(tasks);
        Exception? failure = null;
        while (remaining.Count > 0)
        {
            var done = await Task.WhenAny(remaining).ConfigureAwait(false);
            remaining.Remove(done);
            if (done.IsFaulted && failure is null)
            {
                failure = done.Exception!.InnerException;
                await stop.CancelAsync().ConfigureAwait(false);
            }
        }
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        cancellationToken.ThrowIfCancellationRequested();
        return await writing.ConfigureAwait(false);
    }

    private async Task ReadAsync(
        IBatchReader reader, Func<long> inputPosition, long skip, ChannelWriter<BatchChunk> inOrder, ChannelWriter<BatchChunk> work,
        CancellationToken cancellationToken)
    {
        try
        {
            var records = new List<BatchRecord>(options.ChunkSize);
            while (reader.Next() is { } record)
            {
                if (record.Sequence < skip) continue; // written by the run this one resumes
                records.Add(record);
                if (records.Count < options.ChunkSize) continue;
                await HandOverAsync().ConfigureAwait(false);
            }
            if (records.Count > 0) await HandOverAsync().ConfigureAwait(false);
            inOrder.TryComplete();
            work.TryComplete();

            async Task HandOverAsync()
            {
                var chunk = new BatchChunk([.. records], inputPosition());
                records.Clear();
                await inOrder.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
                await work.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e)
        {
            inOrder.TryComplete(e);
            work.TryComplete(e);
            throw;
        }
    }

    private async Task ScreenAsync(ChannelReader<BatchChunk> work, CancellationToken cancellationToken)
    {
        await foreach (var chunk in work.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < chunk.Records.Length; i++) chunk.Outcomes[i] = Screen(chunk.Records[i]);
            chunk.Screened.TrySetResult();
        }
    }

    private BatchOutcome Screen(BatchRecord record)
    {
        if (record.Query is null) return new BatchOutcome(record, []);
        try
        {
            return new BatchOutcome(record, index.Screen(record.Query, options.Match));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A record the engine cannot screen is reported like a malformed one, never dropped or fatal.
            return new BatchOutcome(record with { Query = null, Error = $"screening failed: {e.GetType().Name}: {e.Message}" }, []);
        }
    }

    private async Task<BatchPosition> WriteAsync(
        ChannelReader<BatchChunk> inOrder, Stream output, IBatchWriter writer, BatchPosition start, long inputLength,
        Func<BatchPosition, Task>? flushed, IProgress<BatchProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        var position = start;
        var pending = position;
        var lastFlush = clock.Elapsed;
        long inputRead = 0;
        if (start.OutputOffset == 0) writer.WriteHeader(buffer);

        await foreach (var chunk in inOrder.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            await chunk.Screened.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            foreach (var outcome in chunk.Outcomes)
            {
                if (options.Strict && outcome.Record.Error is { } problem)
                {
                    // Everything before the bad record is kept (and a rerun resumes at it).
                    await FlushAsync().ConfigureAwait(false);
                    throw new BatchInputException(inputName, outcome.Record.Line, problem);
                }
                writer.Write(outcome, buffer);
                pending = new BatchPosition(
                    pending.Records + 1,
                    pending.WithMatches + (outcome.IsMatch ? 1 : 0),
                    pending.Errors + (outcome.Record.IsError ? 1 : 0),
                    pending.OutputOffset);
            }
            inputRead = chunk.InputPosition;
            if (buffer.WrittenCount >= 1 << 20 || clock.Elapsed - lastFlush >= options.FlushInterval)
            {
                await FlushAsync().ConfigureAwait(false);
                lastFlush = clock.Elapsed;
            }
        }
        await FlushAsync().ConfigureAwait(false);
        return position;

        async Task FlushAsync()
        {
            if (buffer.WrittenCount > 0)
            {
                // Not cancellable: a half-written flush is what the checkpoint's offset guards against, but there is no need to make one.
                await output.WriteAsync(buffer.WrittenMemory, CancellationToken.None).ConfigureAwait(false);
                await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            }
            position = pending with { OutputOffset = pending.OutputOffset + buffer.WrittenCount };
            pending = position;
            buffer.ResetWrittenCount();
            // Progress first: a checkpoint that records progress (a shared job's state) then has it.
            progress?.Report(new BatchProgress(position.Records, position.WithMatches, position.Errors, position.Records - start.Records,
                inputRead, inputLength, clock.Elapsed));
            if (flushed is not null) await flushed(position).ConfigureAwait(false);
        }
    }
}
