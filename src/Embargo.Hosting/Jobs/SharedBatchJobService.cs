using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Embargo.Core.Jobs;
using Embargo.Core.Model;
using Embargo.Core.Storage;
using Embargo.Hosting.Batch;
using Embargo.Matching;

namespace Embargo.Hosting.Jobs;

/// <summary>
/// Batch jobs shared by every node on one PostgreSQL database. The upload and the results live in the database,
/// so any node serves any job. Each node runs one job at a time (a job uses every core): it claims the oldest
/// waiting job, holds it by a lease it renews every <see cref="Lease"/>/3, and stores each flush of output with the
/// checkpoint that counts it. A node that dies stops renewing; once the lease has run out another node claims the
/// job and continues from the checkpoint, so the results are those of one uninterrupted run. Nodes are woken by a
/// notification when a job is submitted, and look for work every <see cref="PollInterval"/> anyway.
/// </summary>
public sealed class SharedBatchJobService(IJobStore store, ScreeningService screening, string scratchDirectory, TimeProvider clock) : IBatchJobService
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    /// <summary>This process, as the job table names the node holding a job.</summary>
    public string Node { get; } = string.Create(CultureInfo.InvariantCulture,
        $"{Environment.MachineName}:{Environment.ProcessId}:{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}");

    /// <summary>How long a job stays this node's without a renewal: how soon a dead node's job is taken over.</summary>
    /// <remarks>Set before <see cref="Start"/>.</remarks>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(15);

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    public async Task<BatchJob> SubmitAsync(string owner, Stream upload, string inputName, BatchJob settings, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(settings);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        Directory.CreateDirectory(scratchDirectory);
        var spool = Path.Combine(scratchDirectory, $"upload-{id}");
        try
        {
            // Spooled first: the upload streams once, and storing it may have to be retried.
            await using var file = new FileStream(spool, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
            var buffer = new byte[1 << 16];
            long total = 0;
            int read;
            while ((read = await upload.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > maxBytes) throw new BatchInputException(inputName, 0, $"the upload is larger than {maxBytes:N0} bytes");
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
            if (total == 0) throw new BatchInputException(inputName, 0, "the upload is empty");
            var job = settings with { Id = id, Owner = owner, CreatedAt = clock.GetUtcNow(), InputName = inputName, Status = BatchJobStatus.Queued };
            await store.CreateAsync(new StoredJob
            {
                Id = id, Owner = owner, CreatedAt = job.CreatedAt, Status = "queued", State = Serialize(new SharedJobState { Job = job }),
            }, file, cancellationToken);
            Wake();
            return job;
        }
        finally
        {
            File.Delete(spool);
        }
    }

    public async Task<BatchJob?> GetAsync(string id, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } stored ? ToJob(stored) : null;

    public async Task<IReadOnlyList<BatchJob>> ListAsync(string? owner, CancellationToken cancellationToken) =>
        [.. (await store.ListAsync(owner, cancellationToken)).Select(ToJob)];

    public async Task<bool> CancelAsync(string id, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } stored) return false;
        var state = Deserialize(stored.State);
        var cancelled = state with { Job = ToJob(stored) with { Status = BatchJobStatus.Cancelled, FinishedAt = clock.GetUtcNow() } };
        if (!await store.CancelAsync(id, Serialize(cancelled), cancellationToken)) return false;
        // The node running it learns at its next renewal or flush; this one stops at once.
        if (_running.TryGetValue(id, out var running)) await running.CancelAsync();
        return true;
    }

    public async Task<bool> CopyResultsAsync(string id, Stream destination, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is null) return false;
        await store.CopyOutputAsync(id, destination, cancellationToken);
        return true;
    }

    public void Start() => _loop ??= Task.Run(() => WorkAsync(_stop.Token));

    /// <summary>Looks for a job now (a notification said one was submitted).</summary>
    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake.
        }
    }

    private async Task WorkAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            StoredJob? claimed = null;
            try
            {
                claimed = await store.ClaimAsync(Node, Lease, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database is away (or refused the claim): look again after the pause, rather than stop running jobs.
            }
            if (claimed is not null)
            {
                await RunAsync(claimed, stop);
                continue;
            }
            try
            {
                await _wake.WaitAsync(PollInterval, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task RunAsync(StoredJob claimed, CancellationToken stop)
    {
        using var run = CancellationTokenSource.CreateLinkedTokenSource(stop);
        _running[claimed.Id] = run;
        var state = Deserialize(claimed.State);
        var job = state.Job with { Status = BatchJobStatus.Running };
        var input = Path.Combine(scratchDirectory, $"input-{claimed.Id}-{Node.Replace(':', '-')}{InputExtension(job.InputName)}");
        var heartbeat = RenewAsync(claimed.Id, run);
        try
        {
            var index = await screening.GetIndexAsync(run.Token);
            var batch = new BatchScreening(index);
            if (state.Position.OutputOffset > 0 && Mismatch(state, batch) is { } why)
            {
                await FinishAsync(claimed.Id, BatchJobStatus.Failed, state with
                {
                    Job = job with { Status = BatchJobStatus.Failed, Error = why, FinishedAt = clock.GetUtcNow() },
                }, run.Token);
                return;
            }
            state = state with { Snapshots = batch.SnapshotVersions, Algorithm = ScreeningIndex.AlgorithmName };

            Directory.CreateDirectory(scratchDirectory);
            await using (var file = new FileStream(input, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await store.CopyInputAsync(claimed.Id, file, run.Token);
            }
            var options = new BatchOptions
            {
                InputFormat = job.InputFormat,
                OutputFormat = job.OutputFormat,
                Mapping = BatchFieldMapping.Parse(job.Map),
                Match = new MatchOptions { Threshold = job.Threshold, Cutoff = job.Threshold },
            };
            var output = new PendingOutput();
            BatchProgress? latest = null;
            var progress = new InlineProgress<BatchProgress>(p => latest = p);
            BatchSummary summary;
            await using (var source = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
            {
                summary = await batch.RunFromAsync(source, job.InputName, output, options, state.Position, async position =>
                {
                    var bytes = output.Take();
                    state = state with { Position = position, Job = WithProgress(job, latest) };
                    // Not cancellable: a flush is stored whole or not at all, and the run stops right after.
                    if (!await store.AppendAsync(claimed.Id, Node, position.OutputOffset - bytes.Length, bytes, Serialize(state), Lease, CancellationToken.None))
                        throw new JobLeaseLostException(claimed.Id);
                }, progress, run.Token);
            }
            await FinishAsync(claimed.Id, BatchJobStatus.Completed, state with
            {
                Job = job with
                {
                    Status = BatchJobStatus.Completed,
                    Records = summary.Records,
                    WithMatches = summary.WithMatches,
                    Errors = summary.Errors,
                    Fraction = 1,
                    SecondsRemaining = 0,
                    RecordsPerSecond = summary.RecordsPerSecond,
                    FinishedAt = clock.GetUtcNow(),
                    Summary = summary,
                },
            }, CancellationToken.None);
        }
        catch (Exception e) when (e is JobLeaseLostException or OperationCanceledException or StoreUnavailableException)
        {
            // Cancelled, taken over, this node stopping, or the database away for too long: the job is left as the
            // database has it, and a node holding a valid lease (or a later claim) carries it on.
            if (stop.IsCancellationRequested) await ReleaseAsync(claimed.Id);
        }
        catch (Exception e) when (e is BatchInputException or BatchResumeException or IOException or ArgumentException or JsonException)
        {
            await FailAsync(claimed.Id, state, job, e.Message);
        }
        catch (Exception e)
        {
            await FailAsync(claimed.Id, state, job, $"unexpected {e.GetType().Name}: {e.Message}");
        }
        finally
        {
            await run.CancelAsync();
            await heartbeat;
            _running.TryRemove(claimed.Id, out _);
            File.Delete(input);
        }
    }

    /// <summary>Renews the lease until the run ends; stops the run when the job is no longer this node's.</summary>
    private async Task RenewAsync(string id, CancellationTokenSource run)
    {
        var period = Lease / 3;
        while (!run.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(period, run.Token);
                if (!await store.RenewAsync(id, Node, Lease, run.Token))
                {
                    await run.CancelAsync();
                    return;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (StoreUnavailableException)
            {
                // Keep trying: the lease may still be ours when the database is back; if not, the next flush says so.
            }
        }
    }

    private async Task FailAsync(string id, SharedJobState state, BatchJob job, string error)
    {
        try
        {
            await FinishAsync(id, BatchJobStatus.Failed, state with
            {
                Job = job with { Status = BatchJobStatus.Failed, Error = error, FinishedAt = clock.GetUtcNow() },
            }, CancellationToken.None);
        }
        catch (StoreUnavailableException)
        {
            // The lease runs out and another node tries the job again.
        }
    }

    private Task FinishAsync(string id, BatchJobStatus status, SharedJobState state, CancellationToken cancellationToken) =>
        store.FinishAsync(id, Node, StatusName(status), Serialize(state), cancellationToken);

    /// <summary>A node stopping cleanly lets its job go at once rather than when the lease would have run out.</summary>
    private async Task ReleaseAsync(string id)
    {
        try
        {
            await store.RenewAsync(id, Node, TimeSpan.Zero, CancellationToken.None);
        }
        catch (StoreUnavailableException)
        {
        }
    }

    private static string? Mismatch(SharedJobState state, BatchScreening screening)
    {
        if (!string.Equals(state.Algorithm, ScreeningIndex.AlgorithmName, StringComparison.Ordinal))
            return $"the job was started by a node with another matching algorithm ({state.Algorithm}); submit it again";
        if (!state.Snapshots.SequenceEqual(screening.SnapshotVersions, StringComparer.Ordinal))
            return $"the active lists changed while the job was interrupted (it was screening against {string.Join(", ", state.Snapshots)}); submit it again";
        return null;
    }

    private static BatchJob WithProgress(BatchJob job, BatchProgress? progress) => progress is not { } p ? job : job with
    {
        Records = p.Records,
        WithMatches = p.WithMatches,
        Errors = p.Errors,
        Fraction = p.Fraction,
        RecordsPerSecond = p.RecordsPerSecond,
        SecondsRemaining = p.Remaining?.TotalSeconds,
    };

    private static BatchJob ToJob(StoredJob stored) => Deserialize(stored.State).Job with { Status = ParseStatus(stored.Status) };

    private static BatchJobStatus ParseStatus(string status) => status switch
    {
        "queued" => BatchJobStatus.Queued,
        "running" => BatchJobStatus.Running,
        "completed" => BatchJobStatus.Completed,
        "failed" => BatchJobStatus.Failed,
        _ => BatchJobStatus.Cancelled,
    };

    private static string StatusName(BatchJobStatus status) => status.ToString().ToLowerInvariant();

    private static string InputExtension(string inputName) =>
        Path.GetExtension(inputName) is { Length: > 0 and <= 8 } extension ? extension.ToLowerInvariant() : ".csv";

    private static string Serialize(SharedJobState state) => JsonSerializer.Serialize(state, EntryJson.Options);

    private static SharedJobState Deserialize(string json) =>
        JsonSerializer.Deserialize<SharedJobState>(json, EntryJson.Options) ?? throw new JsonException("empty job state");

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            try
            {
                await _loop;
            }
            catch (OperationCanceledException)
            {
            }
        }
        _stop.Dispose();
    }
}
