using System.Diagnostics;
using System.Runtime.CompilerServices;
using Embargo.Core.Model;
using Embargo.Core.Snapshots;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Import;

/// <summary>
/// Turns list files into an active snapshot: hash, skip if known, parse while storing, activate. A file
/// that fails to parse leaves the store exactly as it was.
/// </summary>
public sealed class ListImporter(ISnapshotStore store, TimeProvider clock)
{
    /// <summary>
    /// The share of structurally broken records a file may have and still be imported. One stray bad row in
    /// OFAC's 15,000 is reported and tolerated; a file where more than 1 in 100 records is broken is damaged
    /// or not the list it claims to be, and must not replace a good snapshot.
    /// </summary>
    public const double MaxMalformedShare = 0.01;

    /// <summary>Imports one detected publication. Throws <see cref="ListFormatException"/> for a broken file.</summary>
    public async Task<ImportResult> ImportAsync(DetectedList list, ImportOptions options, IProgress<int>? entriesRead, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var source = list.Parser.Source;
        var previous = (await store.GetActiveSnapshotsAsync(cancellationToken))
            .FirstOrDefault(s => string.Equals(s.Source, source, StringComparison.Ordinal));
        var hash = await ContentHash.ComputeAsync(list.Files.Paths, cancellationToken);

        var known = await store.FindByContentHashAsync(source, hash, cancellationToken);
        if (known is not null)
        {
            if (!known.IsActive) await store.ActivateAsync(known.Key, ListChangeKind.Reactivated, options.Audit, cancellationToken);
            if (ListSources.IsOfficial(source)) await store.DeactivateSourceAsync(ListSources.Demo, cancellationToken);
            var outcome = known.IsActive ? ImportOutcome.Unchanged : ImportOutcome.Reactivated;
            return new ImportResult(outcome, known with { IsActive = true }, previous, [], known.IssueCount, stopwatch.Elapsed);
        }

        var context = new ParseContext();
        var draft = new SnapshotDraft
        {
            Source = source,
            ContentHash = hash,
            Format = list.Parser.Format,
            Origin = list.Describe(),
            ImportedAt = clock.GetUtcNow(),
            PublishedAt = () => context.PublishedAt ?? options.PublishedAtHint,
            IssueCount = () => context.IssueCount,
            // The demo list is active only while no official list is; switched off in the same transaction.
            Retires = ListSources.IsOfficial(source) ? [ListSources.Demo] : [],
        };
        var previousEntities = options.AllowShrink || previous is null ? 0 : previous.Counts.Entities;
        ListSnapshot snapshot;
        try
        {
            snapshot = await store.AddSnapshotAsync(draft, Checked(list, context, previousEntities, entriesRead, cancellationToken), options.Audit, cancellationToken);
        }
        catch (DuplicateEntityException e)
        {
            throw new ListFormatException(list.Describe(), null, e.Message, e);
        }
        return new ImportResult(ImportOutcome.Imported, snapshot, previous, context.Issues, context.IssueCount, stopwatch.Elapsed);
    }

    // Guards the store against a parser bug: every entry must belong to the source being imported.
    private static async IAsyncEnumerable<ListEntry> Checked(
        DetectedList list, ParseContext context, int previousEntities, IProgress<int>? entriesRead, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var count = 0;
        var source = list.Parser.Source;
        await foreach (var entry in list.Parser.ParseAsync(list.Files, context, cancellationToken).WithCancellation(cancellationToken))
        {
            if (!string.Equals(entry.Source, source, StringComparison.Ordinal) ||
                !string.Equals(entry.Id, ListSources.EntityId(source, entry.SourceId), StringComparison.Ordinal))
            {
                throw new ListFormatException(list.Describe(), null, $"entry '{entry.Id}' does not belong to source '{source}'");
            }
            if (string.IsNullOrWhiteSpace(entry.Name.Full))
            {
                throw new ListFormatException(list.Describe(), null, $"entry '{entry.Id}' has no name");
            }
            count++;
            if (count % 500 == 0) entriesRead?.Report(count);
            yield return entry;
        }
        if (count == 0) throw new ListFormatException(list.Describe(), null, "the list holds no entries; refusing to replace the active snapshot with an empty one");
        var malformed = context.MalformedRecords;
        if (malformed > MaxMalformedShare * (count + malformed))
        {
            var first = context.Issues.Count > 0 ? $" (first: {context.Issues[0]})" : "";
            throw new ListFormatException(list.Describe(), null,
                $"{malformed:N0} of {count + malformed:N0} records are malformed{first}; the file looks damaged");
        }
        if (count < previousEntities * ImportOptions.MinShareOfPrevious)
        {
            throw new ListFormatException(list.Describe(), null,
                $"only {count:N0} entries where the active snapshot has {previousEntities:N0}: the file looks truncated or is the wrong list (use --allow-shrink if it is right)");
        }
        entriesRead?.Report(count);
    }
}
