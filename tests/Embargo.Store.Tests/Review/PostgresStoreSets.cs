using Embargo.Store.Postgres;
using Embargo.Testing.Postgres;

namespace Embargo.Store.Tests.Review;

/// <summary>Opens the PostgreSQL stores over a fresh database on the shared test server.</summary>
internal static class PostgresStoreSets
{
    public static async Task<StoreSet> OpenAsync()
    {
        var connectionString = await (await PostgresServer.Shared).CreateDatabaseAsync();
        var database = await PostgresDatabase.OpenAsync(connectionString, default);
        return new StoreSet(new PostgresSnapshotStore(database), new PostgresApiKeyStore(database), new PostgresUserStore(database),
            new PostgresAuditStore(database), new PostgresPartyStore(database), new PostgresAlertStore(database), new PostgresSettingsStore(database))
        {
            OnDispose = () => database.DisposeAsync(),
        };
    }
}
