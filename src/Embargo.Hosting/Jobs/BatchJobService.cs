using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using Embargo.Core.Model;
using Embargo.Hosting.Batch;
using Embargo.Matching;

namespace Embargo.Hosting.Jobs;

/// <summary>
/// Batch screening jobs for a single node (the SQLite store): the uploaded file is kept in <c>jobs/{id}/</c>,
/// screened by <see cref="BatchScreening"/> one job at a time (a job already uses every core), with progress,
/// cancellation and results to download. The batch checkpoint makes a job interrupted by a restart continue where
/// it stopped.
/// </summary>
public sealed class BatchJobService(ScreeningService screening, string directory, TimeProvider clock) : IBatchJobService
{
    private const string JobFile = "job.json";
    private readonly ConcurrentDictionary<string, BatchJob> _jobs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly Lock _save = new();
    private bool _loaded;

    /// <summary>Saves the upload and queues the job.</summary>
    public async Task<BatchJob> SubmitAsync(string owner, Stream upload, string inputName, BatchJob settings, long maxBytes, CancellationToken cancellationToken)
    {
        EnsureLoaded();
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var folder = Path.Combine(directory, id);
        Directory.CreateDirectory(folder);
        var input = InputPath(id, inputName);
        try
        {
            await using (var file = new FileStream(input, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
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
            }
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
        var job = settings with { Id = id, Owner = owner, CreatedAt = clock.GetUtcNow(), InputName = inputName, Status = BatchJobStatus.Queued };
        Save(job);
        Start(job);
        return job;
    }

    public BatchJob? Get(string id)
    {
        EnsureLoaded();
        return _jobs.GetValueOrDefault(id);
    }

    public Task<BatchJob?> GetAsync(string id, CancellationToken cancellationToken) => Task.FromResult(Get(id));

    public Task<IReadOnlyList<BatchJob>> ListAsync(string? owner, CancellationToken cancellationToken)
    {
        EnsureLoaded();
        return Task.FromResult<IReadOnlyList<BatchJob>>([.. _jobs.Values.Where(j => owner is null || j.Owner == owner).OrderByDescending(j => j.CreatedAt)]);
    }

    public Task<bool> CancelAsync(string id, CancellationToken cancellationToken)
    {
        if (Get(id) is not { IsFinished: false } job) return Task.FromResult(false);
        if (_running.TryGetValue(id, out var cancel)) cancel.Cancel();
        Save(job with { Status = BatchJobStatus.Cancelled, FinishedAt = clock.GetUtcNow() });
        return Task.FromResult(true);
    }

    /// <summary>The results file of a job (complete once the job is), or null when there is none yet.</summary>
    public string? ResultsPath(string id) => Get(id) is { } job && File.Exists(OutputPath(job)) ? OutputPath(job) : null;

    public async Task<bool> CopyResultsAsync(string id, Stream destination, CancellationToken cancellationToken)
    {
        if (ResultsPath(id) is not { } path) return false;
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, useAsync: true);
        await file.CopyToAsync(destination, cancellationToken);
        return true;
    }

    /// <summary>Resumes the jobs a previous run of the server left queued or running.</summary>
    public void Start()
    {
        EnsureLoaded();
        foreach (var job in _jobs.Values.Where(j => !j.IsFinished).OrderBy(j => j.CreatedAt)) Start(job);
    }

    public ValueTask DisposeAsync()
    {
        foreach (var cancel in _running.Values) cancel.Cancel();
        return ValueTask.CompletedTask;
    }

    private void Start(BatchJob job)
    {
        var cancel = new CancellationTokenSource();
        _running[job.Id] = cancel;
        _ = Task.Run(() => RunAsync(job.Id, cancel.Token));
    }

    private async Task RunAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            await _oneAtATime.WaitAsync(cancellationToken);
            try
            {
                var job = _jobs[id];
                if (job.IsFinished) return;
                job = job with { Status = BatchJobStatus.Running };
                Save(job);
                var index = await screening.GetIndexAsync(cancellationToken);
                var options = new BatchOptions
                {
                    InputFormat = job.InputFormat,
                    OutputFormat = job.OutputFormat,
                    Mapping = BatchFieldMapping.Parse(job.Map),
                    Match = new MatchOptions { Threshold = job.Threshold, Cutoff = job.Threshold },
                };
                var progress = new Progress<BatchProgress>(p => Save(_jobs[id] with
                {
                    Records = p.Records,
                    WithMatches = p.WithMatches,
                    Errors = p.Errors,
                    Fraction = p.Fraction,
                    RecordsPerSecond = p.RecordsPerSecond,
                    SecondsRemaining = p.Remaining?.TotalSeconds,
                }, onlyIfRunning: true));
                var summary = await new BatchScreening(index).RunFileAsync(InputPath(id, job.InputName), OutputPath(job), options, progress, cancellationToken);
                Save(_jobs[id] with
                {
                    Status = BatchJobStatus.Completed,
                    Records = summary.Records,
                    WithMatches = summary.WithMatches,
                    Errors = summary.Errors,
                    Fraction = 1,
                    SecondsRemaining = 0,
                    FinishedAt = clock.GetUtcNow(),
                    Summary = summary,
                });
            }
            finally
            {
                _oneAtATime.Release();
            }
        }
        catch (OperationCanceledException)
        {
            // Cancel() has recorded it.
        }
        catch (Exception e) when (e is BatchInputException or BatchResumeException or IOException or ArgumentException or JsonException)
        {
            Save(_jobs[id] with { Status = BatchJobStatus.Failed, Error = e.Message, FinishedAt = clock.GetUtcNow() });
        }
        catch (Exception e)
        {
            Save(_jobs[id] with { Status = BatchJobStatus.Failed, Error = $"unexpected {e.GetType().Name}: {e.Message}", FinishedAt = clock.GetUtcNow() });
        }
        finally
        {
            _running.TryRemove(id, out _);
        }
    }

    private void Save(BatchJob job, bool onlyIfRunning = false)
    {
        lock (_save)
        {
            if (onlyIfRunning && _jobs.TryGetValue(job.Id, out var current) && current.Status != BatchJobStatus.Running) return;
            _jobs[job.Id] = job;
            var path = Path.Combine(directory, job.Id, JobFile);
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(job, EntryJson.Indented));
            File.Move(temporary, path, overwrite: true);
        }
    }

    private void EnsureLoaded()
    {
        lock (_save)
        {
            if (_loaded) return;
            _loaded = true;
            if (!Directory.Exists(directory)) return;
            foreach (var folder in Directory.EnumerateDirectories(directory))
            {
                var path = Path.Combine(folder, JobFile);
                if (!File.Exists(path)) continue;
                try
                {
                    if (JsonSerializer.Deserialize<BatchJob>(File.ReadAllText(path), EntryJson.Options) is { } job) _jobs[job.Id] = job;
                }
                catch (JsonException)
                {
                    // A job file cut short by a crash: the job is lost to the listing, its files stay for inspection.
                }
            }
        }
    }

    private string InputPath(string id, string inputName) =>
        Path.Combine(directory, id, "input" + (Path.GetExtension(inputName) is { Length: > 0 and <= 8 } extension ? extension.ToLowerInvariant() : ".csv"));

    private string OutputPath(BatchJob job) =>
        Path.Combine(directory, job.Id, job.OutputFormat == BatchOutputFormat.Csv ? "results.csv" : "results.jsonl");
}
