using Embargo.Core.Access;
using Embargo.Core.Audit;
using Npgsql;

namespace Embargo.Store.Postgres;

/// <summary>Users in the shared PostgreSQL database; each change is written with its audit record in one transaction.</summary>
public sealed class PostgresUserStore(PostgresDatabase database) : IUserStore
{
    private const string Select = "SELECT id, name, roles, password_hash, disabled, created_at FROM users";

    public Task<bool> AddAsync(User user, AuditEntry audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            var inserted = await PostgresCommands.ExecuteAsync(connection, transaction, """
                INSERT INTO users (id, name, roles, password_hash, disabled, created_at) VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (id) DO NOTHING
                """, ct, user.Id, user.Name, Roles(user.Roles), PostgresCommands.Text(user.PasswordHash), user.Disabled, user.CreatedAt).ConfigureAwait(false);
            // No row: the user exists — added by an earlier attempt of this call if its record is there (a lost acknowledgement).
            if (inserted == 0) return await PostgresAuditLog.ContainsAsync(connection, transaction, audit, ct).ConfigureAwait(false);
            await PostgresAuditLog.AppendAsync(connection, transaction, [audit], ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    public async Task<User?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var found = await QueryAsync($"{Select} WHERE id = $1", cancellationToken, id).ConfigureAwait(false);
        return found.Count > 0 ? found[0] : null;
    }

    public Task<IReadOnlyList<User>> ListAsync(CancellationToken cancellationToken) => QueryAsync($"{Select} ORDER BY id", cancellationToken);

    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            return Convert.ToInt32(await PostgresCommands.ScalarAsync(connection, null, "SELECT COUNT(*) FROM users", ct).ConfigureAwait(false),
                System.Globalization.CultureInfo.InvariantCulture);
        }, cancellationToken);

    public Task<bool> UpdateAsync(User user, AuditEntry audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return database.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            var updated = await PostgresCommands.ExecuteAsync(connection, transaction,
                "UPDATE users SET name = $2, roles = $3, password_hash = $4, disabled = $5 WHERE id = $1",
                ct, user.Id, user.Name, Roles(user.Roles), PostgresCommands.Text(user.PasswordHash), user.Disabled).ConfigureAwait(false);
            if (updated == 0) return false;
            await PostgresAuditLog.AppendAsync(connection, transaction, [audit], ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    private static string Roles(IReadOnlyList<ApiRole> roles) => string.Join(',', roles.Distinct().Order().Select(r => r.Name()));

    private Task<IReadOnlyList<User>> QueryAsync(string sql, CancellationToken cancellationToken, params object?[] values) =>
        database.Retry.ExecuteAsync<IReadOnlyList<User>>(async ct =>
        {
            await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var command = PostgresCommands.Create(connection, null, sql, values);
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            var users = new List<User>();
            while (await reader.ReadAsync(ct).ConfigureAwait(false)) users.Add(Read(reader));
            return users;
        }, cancellationToken);

    private static User Read(NpgsqlDataReader reader)
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
            PasswordHash = PostgresCommands.ReadStringOrNull(reader, 3),
            Disabled = reader.GetBoolean(4),
            CreatedAt = PostgresCommands.ReadTime(reader, 5),
        };
    }
}
