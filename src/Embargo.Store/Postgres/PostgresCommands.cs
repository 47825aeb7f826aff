using Npgsql;

namespace Embargo.Store.Postgres;

/// <summary>Small helpers the review stores share: a command with positional parameters, times in UTC, nullable reads.</summary>
internal static class PostgresCommands
{
    /// <summary>A command whose <c>$1</c>, <c>$2</c>… are <paramref name="values"/>; null becomes SQL NULL (typed by its context).</summary>
    public static NpgsqlCommand Create(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params object?[] values)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var value in values) command.Parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = Value(value) });
        return command;
    }

    public static async Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql,
        CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = Create(connection, transaction, sql, values);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task<object?> ScalarAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql,
        CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = Create(connection, transaction, sql, values);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    /// <summary>A text parameter that may be null: typed, for places where PostgreSQL cannot infer the type of a bare NULL.</summary>
    public static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text };

    // timestamptz takes UTC offsets only.
    private static object Value(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset at => at.ToUniversalTime(),
        _ => value,
    };

    public static DateTimeOffset ReadTime(NpgsqlDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static DateTimeOffset? ReadTimeOrNull(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static string? ReadStringOrNull(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
