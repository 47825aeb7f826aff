using Embargo.Core.Access;
using Embargo.Core.Audit;
using Embargo.Hosting.Audit;
using Embargo.Core.Model;
using Embargo.Core.Snapshots;
using Embargo.Hosting.Access;
using Embargo.Lists.Demo;
using Embargo.Lists.Import;
using Embargo.Store.Postgres;
using Embargo.Store.Sqlite;

namespace Embargo.Hosting;

/// <summary>
/// The engine as the CLI and the server use it: one store (SQLite in the data directory, or a PostgreSQL database
/// that several nodes share) and the services built on it. Opening it guarantees that something is active: the
/// built-in demo list when nothing else is.
/// </summary>
public sealed class EmbargoEngine : IAsyncDisposable
{
    private readonly PostgresDatabase? _postgres;
    private NodeNotifications? _notifications;

    private EmbargoEngine(string dataDirectory, ISnapshotStore store, ReviewStores review, TimeProvider clock, PostgresDatabase? postgres = null)
    {
        _postgres = postgres;
        DataDirectory = dataDirectory;
        Store = store;
        Importer = new ListImporter(store, clock);
        Differ = new SnapshotDiffer(store);
        Screening = new ScreeningService(store, clock);
        Audit = new AuditService(review.Audit, clock);
        ScreeningLog = new ScreeningLog(review.Audit, Audit);
        Lists = new ListCatalog(store, Importer, Differ, DownloadDirectory, Screening.Invalidate, OnListChangedAsync, SnapshotAuditOf);
        Users = new UserService(review.Users, Audit, clock);
        Keys = new ApiKeyService(review.Keys, Users, Audit, clock);
        Users.Changed += Keys.Forget;
        Alerts = new Alerts.AlertService(review.Alerts, review.Settings, Screening, Audit, clock);
        WebKeyRing = new SharedKeyRing(review.Settings, review.Locks, clock);
        Monitoring = new Monitoring.MonitoringService(store, Differ, Screening, review.Parties, Alerts, review.Settings, Audit, clock, review.Locks);
        Parties = new Parties.PartyService(review.Parties, Alerts, Monitoring, Audit, clock);
        Clock = clock;
        TextScanning = new TextScanningService(Screening);
        Jobs = postgres is null
            ? new Jobs.BatchJobService(Screening, Path.Combine(dataDirectory, "jobs"), clock)
            : new Jobs.SharedBatchJobService(new PostgresJobStore(postgres), Screening, Path.Combine(dataDirectory, "jobs", "shared"), clock);
    }

    public string DataDirectory { get; }
    public ISnapshotStore Store { get; }
    public ListImporter Importer { get; }
    public SnapshotDiffer Differ { get; }

    /// <summary>Import, update, look-up and diff of lists, as every front end offers them.</summary>
    public ListCatalog Lists { get; }

    /// <summary>Screening against the active snapshots.</summary>
    public ScreeningService Screening { get; }

    /// <summary>Batch screening jobs submitted to the server: files in the data directory (SQLite), or shared by every node (PostgreSQL).</summary>
    public Jobs.IBatchJobService Jobs { get; }

    /// <summary>API keys for the HTTP service.</summary>
    public ApiKeyService Keys { get; }

    /// <summary>Reviewers, approvers and administrators.</summary>
    public UserService Users { get; }

    /// <summary>Alerts and their review (four eyes, allow-list, policy).</summary>
    public Alerts.AlertService Alerts { get; }

    /// <summary>Re-screening the monitored parties when the active lists change.</summary>
    public Monitoring.MonitoringService Monitoring { get; }

    /// <summary>
    /// Whether a snapshot made active through <see cref="Lists"/> sets off monitoring at once (default). The CLI turns it
    /// off to import several lists and monitor once; monitoring always catches up with every change since its last run.
    /// </summary>
    public bool MonitorOnListChange { get; set; } = true;

    /// <summary>The parties clients monitor.</summary>
    public Parties.PartyService Parties { get; }

    /// <summary>Every ad-hoc screening goes into the audit trail through this (batched writes).</summary>
    public ScreeningLog ScreeningLog { get; }

    /// <summary>The web interface's cookie keys in the store, for nodes sharing PostgreSQL (see <see cref="IsShared"/>).</summary>
    public SharedKeyRing WebKeyRing { get; }

    /// <summary>The append-only, hash-chained record of every change.</summary>
    public AuditService Audit { get; }

    public TimeProvider Clock { get; }

    /// <summary>Free-text screening (documents, articles, remittance text) against the same index.</summary>
    public TextScanningService TextScanning { get; }

    /// <summary>Where downloads are staged before they are imported.</summary>
    public string DownloadDirectory => Path.Combine(DataDirectory, "downloads");

    /// <summary>Where the store is, for messages: the SQLite file, or the PostgreSQL database without its password.</summary>
    public string StoreDescription => _postgres?.Description ?? Path.Combine(DataDirectory, SqliteSnapshotStore.FileName);

    /// <summary>True when the store is a PostgreSQL database that other nodes may share.</summary>
    public bool IsShared => _postgres is not null;

    /// <summary>Opens the SQLite store in <paramref name="dataDirectory"/>.</summary>
    public static Task<EmbargoEngine> OpenAsync(string dataDirectory, TimeProvider clock, CancellationToken cancellationToken) =>
        OpenAsync(dataDirectory, null, clock, cancellationToken);

    /// <summary>
    /// Opens the store: SQLite in <paramref name="dataDirectory"/> when <paramref name="postgres"/> is null, else that
    /// PostgreSQL database (migrated at open). The data directory still holds downloads and the job files of SQLite.
    /// </summary>
    /// <exception cref="Embargo.Core.Storage.StoreUnavailableException">The PostgreSQL server cannot be reached or refuses the login.</exception>
    public static async Task<EmbargoEngine> OpenAsync(string dataDirectory, string? postgres, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (File.Exists(dataDirectory))
            throw new ListCatalogException($"data directory '{dataDirectory}' is a file, not a folder");
        Directory.CreateDirectory(dataDirectory);
        EmbargoEngine engine;
        if (postgres is null)
        {
            var store = await SqliteSnapshotStore.OpenAsync(Path.Combine(dataDirectory, SqliteSnapshotStore.FileName), cancellationToken);
            engine = new EmbargoEngine(dataDirectory, store, ReviewStores.Sqlite(store), clock);
        }
        else
        {
            var database = await PostgresDatabase.OpenAsync(postgres, cancellationToken);
            engine = new EmbargoEngine(dataDirectory, new PostgresSnapshotStore(database), ReviewStores.Postgres(database), clock, database);
        }
        try
        {
            await engine.EnsureSomethingActiveAsync(cancellationToken);
        }
        catch
        {
            await engine.DisposeAsync();
            throw;
        }
        return engine;
    }

    /// <summary>True when the only active list is the built-in demo list: outputs must say so.</summary>
    public static bool IsDemoOnly(IReadOnlyList<ListSnapshot> active) =>
        active.Count > 0 && active.All(s => string.Equals(s.Source, ListSources.Demo, StringComparison.Ordinal));

    private async Task EnsureSomethingActiveAsync(CancellationToken cancellationToken)
    {
        if ((await Store.GetActiveSnapshotsAsync(cancellationToken)).Count > 0) return;
        var folder = Path.Combine(DataDirectory, "demo");
        var path = DemoList.ExtractTo(folder);
        try
        {
            await Importer.ImportAsync(ListFormatDetector.DetectOne([path], ListSources.Demo), ImportOptions.Default, null, cancellationToken);
        }
        catch (Exception) when (IsShared)
        {
            // Another node starting on the same fresh database may have imported it first.
            if ((await Store.GetActiveSnapshotsAsync(cancellationToken)).Count == 0) throw;
        }
    }

    // Imports and activations are recorded with who did them and the version they made active, by the store, in the
    // transaction that makes the snapshot active.
    private SnapshotAudit SnapshotAuditOf(Actor actor) => (kind, snapshot, previous) => Audit.Entry(actor,
        kind == ListChangeKind.Activated ? AuditActions.ListActivate : AuditActions.ListImport, $"snapshot:{snapshot.Source}/{snapshot.Version}",
        previous is { } p ? new { source = p.Source, version = p.Version } : null,
        new { source = snapshot.Source, version = snapshot.Version, kind, format = snapshot.Format, origin = snapshot.Origin,
              content_hash = snapshot.ContentHash, entities = snapshot.Counts.Entities },
        [$"{snapshot.Source} {snapshot.Version}"]);

    private async Task OnListChangedAsync(ListChange change, CancellationToken cancellationToken)
    {
        if (MonitorOnListChange) await Monitoring.RunAsync(change.Actor, cancellationToken);
    }

    /// <summary>
    /// What a serving node does besides answering requests: run batch jobs (resuming unfinished ones), and with
    /// PostgreSQL listen for other nodes' changes — an activated snapshot rebuilds this node's index at once, a
    /// submitted job wakes its job runner. Stopped by <see cref="DisposeAsync"/>.
    /// </summary>
    /// <param name="jobLease">With PostgreSQL, how long this node holds a job without renewing it (default 15 s).</param>
    public void StartBackgroundWork(TimeSpan? jobLease = null)
    {
        if (jobLease is { } lease && Jobs is Jobs.SharedBatchJobService leased) leased.Lease = lease;
        Jobs.Start();
        if (_postgres is not null) _notifications ??= new NodeNotifications(_postgres, Screening, Jobs as Jobs.SharedBatchJobService);
    }

    public async ValueTask DisposeAsync()
    {
        await ScreeningLog.DisposeAsync();
        if (_notifications is not null) await _notifications.DisposeAsync();
        await Jobs.DisposeAsync();
        await Store.DisposeAsync();
        if (_postgres is not null) await _postgres.DisposeAsync();
    }
}
