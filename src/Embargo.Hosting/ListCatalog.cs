using Embargo.Core.Access;
using Embargo.Core.Model;
using Embargo.Core.Snapshots;
using Embargo.Lists.Download;
using Embargo.Lists.Import;

namespace Embargo.Hosting;

/// <summary>
/// The list operations every front end offers (the CLI now, the HTTP API later): import, update, look up
/// snapshots and entities, compare snapshots. Front ends format; this decides.
/// </summary>
/// <remarks>
/// <paramref name="changed"/> runs after every import, update or activation (it invalidates the screening index);
/// <paramref name="afterChange"/> runs after each one that made a snapshot active, with who did it (monitoring);
/// <paramref name="audit"/> gives, for who acts, the audit record the store writes in the same transaction as the change.
/// </remarks>
public sealed class ListCatalog(ISnapshotStore store, ListImporter importer, SnapshotDiffer differ, string downloadDirectory, Action? changed = null,
    Func<ListChange, CancellationToken, Task>? afterChange = null, Func<Actor, SnapshotAudit>? audit = null)
{
    /// <summary>The publications found in the given files or folders.</summary>
    public IReadOnlyList<DetectedList> Detect(IEnumerable<string> paths, string? source)
    {
        if (source is not null && !ListSources.IsValid(source)) throw UnknownSource(source);
        return ListFormatDetector.Detect(paths, source);
    }

    public Task<ImportResult> ImportAsync(DetectedList list, ImportOptions options, IProgress<int>? progress, CancellationToken cancellationToken) =>
        ImportAsync(list, options, progress, null, cancellationToken);

    /// <summary>Imports a detected publication; <paramref name="actor"/> is recorded (default: the system).</summary>
    public async Task<ImportResult> ImportAsync(DetectedList list, ImportOptions options, IProgress<int>? progress, Actor? actor, CancellationToken cancellationToken)
    {
        ImportResult result;
        try
        {
            result = await importer.ImportAsync(list, options with { Audit = audit?.Invoke(actor ?? Actor.System) }, progress, cancellationToken);
        }
        finally
        {
            changed?.Invoke();
        }
        await AfterImportAsync(result, actor, cancellationToken);
        return result;
    }

    /// <summary>The sources <c>update</c> fetches: the one asked for, or every downloadable source.</summary>
    public static IReadOnlyList<string> UpdateSources(string? source)
    {
        if (source is null) return OfficialSources.Downloadable;
        return OfficialSources.IsDownloadable(source)
            ? [source]
            : throw new ListCatalogException($"'{source}' cannot be downloaded; expected one of {string.Join(", ", OfficialSources.Downloadable)}");
    }

    /// <summary>Downloads one source's official files (or a mirror's) and imports them.</summary>
    public Task<UpdateResult> UpdateAsync(
        string source, Uri? mirror, DownloadOptions options, ImportOptions importOptions, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken) =>
        UpdateAsync(source, mirror, options, importOptions, progress, null, cancellationToken);

    public async Task<UpdateResult> UpdateAsync(
        string source, Uri? mirror, DownloadOptions options, ImportOptions importOptions, IProgress<DownloadProgress>? progress, Actor? actor,
        CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.All })
        {
            Timeout = Timeout.InfiniteTimeSpan, // the downloader times each attempt itself
        };
        var updater = new ListUpdater(new ListDownloader(http, options), importer);
        UpdateResult result;
        try
        {
            result = await updater.UpdateAsync(source, mirror, downloadDirectory, importOptions with { Audit = audit?.Invoke(actor ?? Actor.System) }, progress,
                cancellationToken);
        }
        finally
        {
            changed?.Invoke();
        }
        if (result.Import is { } import) await AfterImportAsync(import, actor, cancellationToken);
        return result;
    }

    private async Task AfterImportAsync(ImportResult result, Actor? actor, CancellationToken cancellationToken)
    {
        if (afterChange is null || result.Outcome == ImportOutcome.Unchanged) return;
        await afterChange(new ListChange(result.Outcome == ImportOutcome.Imported ? ListChangeKind.Imported : ListChangeKind.Reactivated,
            result.Snapshot, result.Previous, actor ?? Actor.System), cancellationToken);
    }

    /// <summary>
    /// A snapshot of a source: the active one when no version is given, else the one whose version is or
    /// starts with <paramref name="version"/> (a prefix must be unambiguous).
    /// </summary>
    public async Task<ListSnapshot> ResolveSnapshotAsync(string source, string? version, CancellationToken cancellationToken)
    {
        if (!ListSources.IsValid(source)) throw UnknownSource(source);
        var history = await store.GetSnapshotsAsync(source, cancellationToken);
        if (version is null)
        {
            return history.FirstOrDefault(s => s.IsActive) ?? throw new ListCatalogException(history.Count == 0
                ? $"{source} has never been imported; import it with 'embargo lists import' or 'embargo lists update --source {source}'"
                : $"{source} has no active snapshot; activate one with 'embargo lists activate {source} VERSION'");
        }
        var matches = history.Where(s => s.Version.StartsWith(version, StringComparison.Ordinal)).ToList();
        var exact = matches.FirstOrDefault(s => string.Equals(s.Version, version, StringComparison.Ordinal));
        return exact ?? matches.Count switch
        {
            1 => matches[0],
            0 => throw new ListCatalogException($"no snapshot '{version}' of {source}; see 'embargo lists history {source}'"),
            _ => throw new ListCatalogException(
                $"'{version}' matches {matches.Count} snapshots of {source} ({string.Join(", ", matches.Select(m => m.Version))}); give more of the version"),
        };
    }

    /// <summary>Every stored snapshot of a source, newest first.</summary>
    public Task<IReadOnlyList<ListSnapshot>> HistoryAsync(string source, CancellationToken cancellationToken) =>
        ListSources.IsValid(source) ? store.GetSnapshotsAsync(source, cancellationToken) : throw UnknownSource(source);

    /// <summary>An entity from its source's active snapshot, or from the given version.</summary>
    public async Task<(ListEntry? Entry, ListSnapshot Snapshot)> GetEntityAsync(string entityId, string? version, CancellationToken cancellationToken)
    {
        var colon = entityId.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
            throw new ListCatalogException($"'{entityId}' is not an entity id; expected {{source}}:{{publisher id}}, e.g. us-ofac-sdn:35746");
        var snapshot = await ResolveSnapshotAsync(entityId[..colon], version, cancellationToken);
        return (await store.GetEntryAsync(entityId, snapshot.Key, cancellationToken), snapshot);
    }

    /// <summary>
    /// Diffs for one source (<paramref name="source"/> given) or every source that has something to compare.
    /// Defaults: <c>to</c> is the active snapshot, <c>from</c> the one imported just before it.
    /// </summary>
    public async Task<IReadOnlyList<SnapshotDiff>> DiffAsync(string? source, string? from, string? to, CancellationToken cancellationToken)
    {
        if (source is null && (from is not null || to is not null))
            throw new ListCatalogException("--from and --to need --source");
        var sources = source is not null ? [source] : (await store.GetActiveSnapshotsAsync(cancellationToken)).Select(s => s.Source).ToList();
        var diffs = new List<SnapshotDiff>();
        foreach (var s in sources)
        {
            var newer = await ResolveSnapshotAsync(s, to, cancellationToken);
            ListSnapshot? older;
            if (from is not null)
            {
                older = await ResolveSnapshotAsync(s, from, cancellationToken);
            }
            else
            {
                older = (await store.GetSnapshotsAsync(s, cancellationToken)).FirstOrDefault(x => x.Key < newer.Key);
                if (older is null)
                {
                    if (source is not null)
                        throw new ListCatalogException($"{s} has no snapshot imported before {newer.Version}; name one with --from");
                    continue;
                }
            }
            diffs.Add(await differ.DiffAsync(older, newer, cancellationToken));
        }
        return diffs;
    }

    /// <summary>Makes a stored snapshot its source's active one.</summary>
    public Task<ListSnapshot> ActivateAsync(string source, string version, CancellationToken cancellationToken) =>
        ActivateAsync(source, version, null, cancellationToken);

    public async Task<ListSnapshot> ActivateAsync(string source, string version, Actor? actor, CancellationToken cancellationToken)
    {
        var snapshot = await ResolveSnapshotAsync(source, version, cancellationToken);
        var previous = (await store.GetActiveSnapshotsAsync(cancellationToken)).FirstOrDefault(s => string.Equals(s.Source, snapshot.Source, StringComparison.Ordinal));
        await store.ActivateAsync(snapshot.Key, ListChangeKind.Activated, audit?.Invoke(actor ?? Actor.System), cancellationToken);
        changed?.Invoke();
        var active = snapshot with { IsActive = true };
        if (afterChange is not null && previous?.Key != snapshot.Key)
            await afterChange(new ListChange(ListChangeKind.Activated, active, previous, actor ?? Actor.System), cancellationToken);
        return active;
    }

    private static ListCatalogException UnknownSource(string source) =>
        new($"unknown source '{source}'; expected one of {string.Join(", ", ListSources.All)}, or a custom list id");
}
