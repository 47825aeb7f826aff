using Embargo.Core.Access;
using Embargo.Core.Audit;
using Microsoft.Data.Sqlite;

namespace Embargo.Store.Sqlite;

/// <summary>Users in the shared SQLite file; each change is written with its audit record in one transaction.</summary>
public sealed class SqliteUserStore(SqliteSnapshotStore database) : IUserStore
{
    private readonly string _connectionString = database.ConnectionString;

    public async Task<bool> AddAsync(User user, AuditEntry audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        await using var transaction = await SqliteCommands.BeginWriteAsync(connection, cancellationToken);
        var inserted = await SqliteCommands.ExecuteAsync(connection, transaction, """
            INSERT INTO users (id, name, roles, password_hash, disabled, created_at)
            VALUES ($id, $name, $roles, $password, $disabled, $created)
            ON CONFLICT (id) DO NOTHING
            """, cancellationToken,
            ("$id", user.Id), ("$name", user.Name), ("$roles", Roles(user.Roles)), ("$password", user.PasswordHash),
            ("$disabled", user.Disabled ? 1 : 0), ("$created", SqliteCommands.Time(user.CreatedAt)));
        if (inserted == 0) return false;
        await SqliteAuditLog.AppendAsync(connection, transaction, [audit], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<User?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var found = await QueryAsync("WHERE id = $id", cancellationToken, ("$id", id));
        return found.Count > 0 ? found[0] : null;
    }

    public Task<IReadOnlyList<User>> ListAsync(CancellationToken cancellationToken) => QueryAsync("ORDER BY id", cancellationToken);

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        return Convert.ToInt32(await SqliteCommands.ScalarAsync(connection, null, "SELECT COUNT(*) FROM users", cancellationToken),
            System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<bool> UpdateAsync(User user, AuditEntry audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        await using var transaction = await SqliteCommands.BeginWriteAsync(connection, cancellationToken);
        var updated = await SqliteCommands.ExecuteAsync(connection, transaction, """
            UPDATE users SET name = $name, roles = $roles, password_hash = $password, disabled = $disabled WHERE id = $id
            """, cancellationToken,
            ("$id", user.Id), ("$name", user.Name), ("$roles", Roles(user.Roles)), ("$password", user.PasswordHash),
            ("$disabled", user.Disabled ? 1 : 0));
        if (updated == 0) return false;
        await SqliteAuditLog.AppendAsync(connection, transaction, [audit], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static string Roles(IReadOnlyList<ApiRole> roles) => string.Join(',', roles.Distinct().Order().Select(r => r.Name()));

    private async Task<IReadOnlyList<User>> QueryAsync(string where, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = await SqliteConnections.OpenAsync(_connectionString, cancellationToken);
        await using var command = SqliteCommands.Create(connection, null,
            $"SELECT id, name, roles, password_hash, disabled, created_at FROM users {where}", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var users = new List<User>();
        while (await reader.ReadAsync(cancellationToken)) users.Add(Read(reader));
        return users;
    }

    private static User Read(SqliteDataReader reader)
    {
        var roles = new List<ApiRole>();
        foreach (var name in reader.GetString(2).Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!ApiRoles.TryParse(name, out var role))
                throw new InvalidDataException($"user '{reader.GetString(0)}' has an unknown role '{name}'");
            roles.Add(role);
        }
        return new User
        {
            Id = reader.GetString(0),
            Name = reader.GetString(1),
            Roles = roles,
            PasswordHash = SqliteCommands.ReadStringOrNull(reader, 3),
            Disabled = reader.GetInt64(4) != 0,
            CreatedAt = SqliteCommands.ReadTime(reader, 5),
        };
    }
}
