using Npgsql;

namespace Embargo.Benchmarks;

/// <summary>A throw-away database on a PostgreSQL server, so each benchmark run starts from an empty store.</summary>
internal sealed class BenchmarkDatabase
{
    private readonly NpgsqlConnectionStringBuilder _server;
    private readonly string _name;

    private BenchmarkDatabase(NpgsqlConnectionStringBuilder server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<BenchmarkDatabase> CreateAsync(string server)
    {
        var builder = Embargo.Store.Postgres.PostgresConnectionString.Parse(server);
        var database = new BenchmarkDatabase(builder, "embargo_bench_" + Guid.NewGuid().ToString("N")[..12]);
        await database.ExecuteAsync($"CREATE DATABASE {database._name}");
        return database;
    }

    public async Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE {_name} WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
