using Embargo.Store.Sqlite;
using Embargo.Testing;

namespace Embargo.Store.Tests.Review;

/// <summary>Opens the SQLite stores over a fresh database file in a temporary folder.</summary>
internal static class SqliteStoreSets
{
    public static async Task<StoreSet> OpenAsync()
    {
        var directory = new TempDirectory();
        var database = await SqliteSnapshotStore.OpenAsync(Path.Combine(directory.Path, SqliteSnapshotStore.FileName), default);
        return new StoreSet(database, new SqliteApiKeyStore(database), new SqliteUserStore(database), new SqliteAuditStore(database),
            new SqlitePartyStore(database), new SqliteAlertStore(database), new SqliteSettingsStore(database))
        {
            OnDispose = () =>
            {
                directory.Dispose();
                return ValueTask.CompletedTask;
            },
        };
    }
}
