using System.Globalization;
using Npgsql;

namespace Embargo.Store.Postgres;

/// <summary>
/// Reads a PostgreSQL location as users write it: a URL (<c>postgres://user:password@host:5432/db?sslmode=disable</c>)
/// or Npgsql's <c>Host=…;Username=…</c> form, and says whether a <c>--store</c> value names PostgreSQL at all.
/// </summary>
public static class PostgresConnectionString
{
    /// <summary>True for a <c>postgres://</c> or <c>postgresql://</c> URL or a key=value string naming a host.</summary>
    public static bool IsPostgres(string? store)
    {
        if (string.IsNullOrWhiteSpace(store)) return false;
        var text = store.Trim();
        return text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
               || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
               || (text.Contains('=', StringComparison.Ordinal) &&
                   (text.Contains("host=", StringComparison.OrdinalIgnoreCase) || text.Contains("server=", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The Npgsql connection string for <paramref name="store"/>.</summary>
    /// <exception cref="ArgumentException">The value is neither a valid URL nor a valid key=value string.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string store)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(store);
        var text = store.Trim();
        var builder = text.Contains("://", StringComparison.Ordinal) ? FromUrl(text) : FromKeyValues(text);
        builder.ApplicationName ??= "embargo";
        return builder;
    }

    /// <summary>The location without its password, for messages and logs.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return string.Create(CultureInfo.InvariantCulture, $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}");
    }

    private static NpgsqlConnectionStringBuilder FromKeyValues(string text)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(text);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"'{text}' is not a PostgreSQL connection string: {e.Message}", e);
        }
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql") || string.IsNullOrEmpty(uri.Host))
            throw new ArgumentException($"'{Redact(text)}' is not a PostgreSQL URL (postgres://user:password@host:port/database)");
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port };
        if (uri.UserInfo is { Length: > 0 } userInfo)
        {
            var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? userInfo : userInfo[..colon]);
            if (colon >= 0) builder.Password = Uri.UnescapeDataString(userInfo[(colon + 1)..]);
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) builder.Database = database;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            try
            {
                // libpq's names where they differ from Npgsql's.
                builder[key.ToLowerInvariant() switch
                {
                    "sslmode" => "SSL Mode",
                    "connect_timeout" => "Timeout",
                    "application_name" => "Application Name",
                    _ => key,
                }] = value;
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"'{Redact(text)}': the parameter '{key}' is not understood ({e.Message})", e);
            }
        }
        return builder;
    }

    private static string Redact(string url)
    {
        var at = url.IndexOf('@', StringComparison.Ordinal);
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        return at > scheme && scheme >= 0 ? url[..(scheme + 3)] + "…@" + url[(at + 1)..] : url;
    }
}
