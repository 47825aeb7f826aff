using Embargo.Core.Access;
using Embargo.Store.Sqlite;
using Embargo.Testing;
using Microsoft.Data.Sqlite;

namespace Embargo.Store.Tests;

public sealed class SqliteApiKeyStoreTests : ApiKeyStoreTests, IDisposable
{
    private readonly TempDirectory _directory = new();

    protected override async Task<IApiKeyStore> OpenStoreAsync() =>
        new SqliteApiKeyStore(await SqliteSnapshotStore.OpenAsync(Path.Combine(_directory.Path, SqliteSnapshotStore.FileName), default));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
