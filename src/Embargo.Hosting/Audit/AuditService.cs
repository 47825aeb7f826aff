using System.Globalization;
using System.Text;
using System.Text.Json;
using Embargo.Core.Access;
using Embargo.Core.Audit;
using Embargo.Core.Model;
using Embargo.Core.Snapshots;

namespace Embargo.Hosting.Audit;

/// <summary>
/// Writing, reading, verifying and exporting the audit trail. The other services build their entries with
/// <see cref="Entry"/> and hand them to their store, which appends them in the same transaction as the change.
/// </summary>
public sealed class AuditService(IAuditStore store, TimeProvider clock)
{
    public const int MaxPageSize = 1000;

    /// <summary>An entry stamped now, with the states serialised (<see cref="AuditJson"/>).</summary>
    public AuditEntry Entry(Actor actor, string action, string subject, object? before, object? after, IReadOnlyList<string>? listVersions = null) => new()
    {
        At = clock.GetUtcNow(),
        Actor = actor.Id,
        Action = action,
        Subject = subject,
        Before = AuditJson.Serialize(before),
        After = AuditJson.Serialize(after),
        ListVersions = listVersions ?? [],
    };

    public static IReadOnlyList<string> Versions(IEnumerable<ListSnapshot> snapshots) => [.. snapshots.Select(s => $"{s.Source} {s.Version}")];

    /// <summary>Records an event that changes nothing stored (a sign-in to the web interface), in a transaction of its own.</summary>
    public async Task RecordEventAsync(Actor actor, string action, string subject, object? detail, CancellationToken cancellationToken) =>
        await store.AppendAsync([Entry(actor, action, subject, null, detail)], cancellationToken);

    public IAsyncEnumerable<AuditRecord> ReadAsync(AuditQuery query, CancellationToken cancellationToken) => store.ReadAsync(query, cancellationToken);

    /// <summary>How many records match the query's filters.</summary>
    public Task<long> CountAsync(AuditQuery query, CancellationToken cancellationToken) => store.CountAsync(query, cancellationToken);

    /// <summary>Walks the whole trail; <paramref name="expectedHeads"/> are (sequence, hash) pairs noted earlier that must still hold.</summary>
    public async Task<AuditVerification> VerifyAsync(IEnumerable<(long Sequence, string Hash)> expectedHeads, CancellationToken cancellationToken)
    {
        var verifier = new AuditVerifier();
        foreach (var (sequence, hash) in expectedHeads) verifier.ExpectHead(sequence, hash);
        await foreach (var record in store.ReadAsync(new AuditQuery(), cancellationToken)) verifier.Add(record);
        return verifier.Result();
    }

    /// <summary>Writes the records <paramref name="query"/> selects as JSON Lines or CSV (with a header row).</summary>
    public async Task<long> ExportAsync(TextWriter output, AuditExportFormat format, AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (format == AuditExportFormat.Csv) await output.WriteAsync(CsvHeader + "\n");
        long count = 0;
        await foreach (var record in store.ReadAsync(query, cancellationToken))
        {
            await output.WriteAsync(format == AuditExportFormat.Csv ? CsvRow(record) : JsonSerializer.Serialize(Json(record), EntryJson.Options) + "\n");
            count++;
        }
        await output.FlushAsync(cancellationToken);
        return count;
    }

    /// <summary>A record as data: before and after as JSON values, not strings.</summary>
    public static object Json(AuditRecord r) => new
    {
        seq = r.Sequence,
        at = AuditChain.FormatTime(r.Entry.At),
        actor = r.Entry.Actor,
        action = r.Entry.Action,
        subject = r.Entry.Subject,
        before = Parse(r.Entry.Before),
        after = Parse(r.Entry.After),
        list_versions = r.Entry.ListVersions,
        previous_hash = r.PreviousHash,
        hash = r.Hash,
    };

    public static object Json(AuditVerification v) => new
    {
        intact = v.IsIntact,
        records = v.Records,
        head = new { seq = v.HeadSequence, hash = v.HeadHash },
        problems = v.Problems.Select(p => new { seq = p.Sequence, problem = p.Problem }),
    };

    private const string CsvHeader = "seq,at,actor,action,subject,before,after,list_versions,previous_hash,hash";

    private static string CsvRow(AuditRecord r)
    {
        var row = new StringBuilder();
        row.Append(r.Sequence.ToString(CultureInfo.InvariantCulture)).Append(',');
        Field(row, AuditChain.FormatTime(r.Entry.At)).Append(',');
        Field(row, r.Entry.Actor).Append(',');
        Field(row, r.Entry.Action).Append(',');
        Field(row, r.Entry.Subject).Append(',');
        Field(row, r.Entry.Before).Append(',');
        Field(row, r.Entry.After).Append(',');
        Field(row, string.Join("; ", r.Entry.ListVersions)).Append(',');
        Field(row, r.PreviousHash).Append(',');
        Field(row, r.Hash).Append('\n');
        return row.ToString();
    }

    private static StringBuilder Field(StringBuilder row, string? value)
    {
        if (string.IsNullOrEmpty(value)) return row;
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0) return row.Append(value);
        return row.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    private static JsonElement? Parse(string? json)
    {
        if (json is null) return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(json);
        }
    }
}
