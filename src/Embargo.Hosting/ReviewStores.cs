using Embargo.Core.Access;
using Embargo.Core.Alerts;
using Embargo.Core.Audit;
using Embargo.Core.Review;
using Embargo.Core.Parties;
using Embargo.Store.Postgres;
using Embargo.Store.Sqlite;

namespace Embargo.Hosting;

/// <summary>The stores beside the snapshots, all in one backend: keys, users, the audit trail, parties, alerts, settings, and its locks.</summary>
internal sealed record ReviewStores(IApiKeyStore Keys, IUserStore Users, IAuditStore Audit, IPartyStore Parties, IAlertStore Alerts, ISettingsStore Settings,
    IStoreLock Locks)
{
    public static ReviewStores Sqlite(SqliteSnapshotStore database) =>
        new(new SqliteApiKeyStore(database), new SqliteUserStore(database), new SqliteAuditStore(database), new SqlitePartyStore(database),
            new SqliteAlertStore(database), new SqliteSettingsStore(database), new SqliteStoreLock());

    public static ReviewStores Postgres(PostgresDatabase database) =>
        new(new PostgresApiKeyStore(database), new PostgresUserStore(database), new PostgresAuditStore(database), new PostgresPartyStore(database),
            new PostgresAlertStore(database), new PostgresSettingsStore(database), new PostgresStoreLock(database));
}
