using System.Threading.Channels;
using Embargo.Core.Access;
using Embargo.Core.Audit;
using Embargo.Core.Snapshots;
using Embargo.Hosting.Output;
using Embargo.Matching;
using Embargo.Matching.Scan;

namespace Embargo.Hosting.Audit;

/// <summary>
/// Puts every ad-hoc screening into the audit trail without making the screening wait for a write: entries queue in
/// memory and a writer appends them in batches (one transaction per batch), so thousands of API screenings a second
/// cost a few transactions. A failed write is retried, not dropped; disposing writes what is queued.
/// </summary>
public sealed class ScreeningLog : IAsyncDisposable
{
    private const int MaxBatch = 1000;
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    private readonly IAuditStore _store;
    private readonly AuditService _audit;
    private readonly Channel<AuditEntry> _queue = Channel.CreateUnbounded<AuditEntry>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private long _queued;
    private long _written;
    private volatile bool _closing;

    public ScreeningLog(IAuditStore store, AuditService audit)
    {
        _store = store;
        _audit = audit;
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>One screened party: the query, the results over the threshold (entity and score), the list versions.</summary>
    public void Screened(Actor actor, string surface, MatchQuery query, IReadOnlyList<MatchResult> results, IReadOnlyList<ListSnapshot> snapshots) =>
        Enqueue(_audit.Entry(actor, AuditActions.Screening, "screening:" + surface, null, new
        {
            query = MatchJson.Query(query),
            matches = Matches(results),
        }, AuditService.Versions(snapshots)));

    /// <summary>One scanned text: its size and fingerprint (not the text itself), and the entities it mentions.</summary>
    public void Scanned(Actor actor, string surface, string text, ScanResult result, IReadOnlyList<ListSnapshot> snapshots) =>
        Enqueue(_audit.Entry(actor, AuditActions.ScanRun, "scan:" + surface, null, new
        {
            characters = text.Length,
            sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))),
            mentions = result.Mentions.Select(m => new { entity_id = m.Entry.Id, score = Math.Round(m.Score, 3), strength = m.Strength.ToString().ToLowerInvariant() }).ToArray(),
        }, AuditService.Versions(snapshots)));

    /// <summary>A file submitted for batch screening: the job, the file's name and the options (its results are the job's output).</summary>
    public void Submitted(Actor actor, string surface, Jobs.BatchJob job) =>
        Enqueue(_audit.Entry(actor, AuditActions.BatchSubmit, "job:" + job.Id, null, new
        {
            surface,
            input = job.InputName,
            threshold = job.Threshold,
            output = job.OutputFormat.ToString().ToLowerInvariant(),
        }));

    /// <summary>Waits until everything queued so far is in the store (tests, shutdown).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var target = Interlocked.Read(ref _queued);
        while (Interlocked.Read(ref _written) < target && !_writer.IsCompleted)
            await Task.Delay(10, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _closing = true;
        _queue.Writer.TryComplete();
        try
        {
            await _writer;
        }
#pragma warning disable CA1031 // the store stayed down while closing: the queued screenings cannot be written
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private void Enqueue(AuditEntry entry)
    {
        Interlocked.Increment(ref _queued);
        if (!_queue.Writer.TryWrite(entry)) Interlocked.Increment(ref _written); // completed: the engine is closing
    }

    private static object[] Matches(IReadOnlyList<MatchResult> results)
    {
        var matches = new List<object>();
        foreach (var r in results)
        {
            if (r.IsMatch) matches.Add(new { entity_id = r.Entry.Id, score = Math.Round(r.Score, 3) });
        }
        return [.. matches];
    }

    private async Task WriteAsync()
    {
        var batch = new List<AuditEntry>(MaxBatch);
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && reader.TryRead(out var entry)) batch.Add(entry);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await _store.AppendAsync(batch, CancellationToken.None).ConfigureAwait(false);
                    break;
                }
#pragma warning disable CA1031 // the store may be down for a while (PostgreSQL restarting): keep the batch and retry; when closing, give up after a few tries rather than hang
                catch (Exception) when (!_closing || attempt < 5)
#pragma warning restore CA1031
                {
                    await Task.Delay(RetryAfter).ConfigureAwait(false);
                }
            }
            Interlocked.Add(ref _written, batch.Count);
            batch.Clear();
        }
    }
}
