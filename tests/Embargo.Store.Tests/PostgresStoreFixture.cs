using Embargo.Store.Postgres;
using Embargo.Testing.Postgres;

namespace Embargo.Store.Tests;

/// <summary>A fresh database on the shared test server per test, and the stores opened on it, disposed at the end.</summary>
internal sealed class PostgresStoreFixture : IAsyncDisposable
{
    private readonly List<PostgresDatabase> _opened = [];
    private string? _connectionString;

    /// <summary>This test's database (created on first use).</summary>
    public async Task<string> ConnectionStringAsync() =>
        _connectionString ??= await (await PostgresServer.Shared).CreateDatabaseAsync();

    /// <summary>Opens the database as a node would (migrations applied at open).</summary>
    public async Task<PostgresDatabase> OpenAsync()
    {
        var database = await PostgresDatabase.OpenAsync(await ConnectionStringAsync(), default);
        _opened.Add(database);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _opened) await database.DisposeAsync();
    }
}
