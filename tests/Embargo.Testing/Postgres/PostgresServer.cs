using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Embargo.Testing.Postgres;

/// <summary>
/// A real PostgreSQL server for tests: <c>initdb</c> into a temporary folder, <c>pg_ctl start</c> on a free port on
/// 127.0.0.1 (no Unix socket), trust authentication, no fsync (the machine does not crash
/// under a test; a server killed with <c>-m immediate</c> still keeps every acknowledged commit). As root, initdb refuses to run, so the server runs as the <c>postgres</c> user the Debian
/// package creates (<c>runuser -u postgres --</c>). <see cref="Shared"/> is one server per test process; tests
/// that stop or restart it start their own. With <c>EMBARGO_TEST_POSTGRES</c> set to a connection string, the
/// shared server is that one instead (its user must be allowed to create databases).
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string ExternalServerVariable = "EMBARGO_TEST_POSTGRES";
    private const string SuperUser = "embargo";

    private static readonly Lazy<Task<PostgresServer>> SharedServer = new(() => StartAsync(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly TempDirectory? _folder;
    private readonly string? _bin;

    private PostgresServer(TempDirectory? folder, string? bin, NpgsqlConnectionStringBuilder admin)
    {
        _folder = folder;
        _bin = bin;
        Admin = admin;
    }

    /// <summary>A connection string to the server's <c>postgres</c> database, as a superuser.</summary>
    public NpgsqlConnectionStringBuilder Admin { get; }

    public int Port => Admin.Port;

    /// <summary>The server every test in this process shares (started on first use, stopped when the process exits).</summary>
    public static Task<PostgresServer> Shared => SharedServer.Value;

    /// <summary>The folder holding initdb, pg_ctl and postgres, or null.</summary>
    public static string? BinDirectory { get; } = FindBinaries();

    /// <summary>True when tests can have a server: the binaries are here, or an external one is named.</summary>
    public static bool IsAvailable => BinDirectory is not null || External is not null;

    public static string SkipReason =>
        "PostgreSQL not found: install Debian's postgresql package (initdb and pg_ctl under /usr/lib/postgresql/N/bin), " +
        $"set EMBARGO_PG_BIN to their folder, or set {ExternalServerVariable} to a server's connection string";

    private static string? External => Environment.GetEnvironmentVariable(ExternalServerVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Starts a new server of its own (or, with <paramref name="allowExternal"/>, the external one when set).</summary>
    public static async Task<PostgresServer> StartAsync(bool allowExternal = true)
    {
        if (allowExternal && External is { } external) return new PostgresServer(null, null, new NpgsqlConnectionStringBuilder(external));
        var bin = BinDirectory ?? throw new InvalidOperationException(SkipReason);
        var folder = new TempDirectory();
        RemoveStoppedServers(Path.GetDirectoryName(folder.Path)!);
        var data = Path.Combine(folder.Path, "data");
        try
        {
            if (IsRoot && !OperatingSystem.IsWindows())
            {
                // The server runs as 'postgres': it must reach its folder (a umask of 077 would hide it) and own it.
                var parent = Path.GetDirectoryName(folder.Path)!;
                File.SetUnixFileMode(parent, File.GetUnixFileMode(parent) | UnixFileMode.OtherExecute | UnixFileMode.GroupExecute);
                await RunAsync("chown", ["-R", "postgres:", folder.Path]);
            }
            await RunPostgresToolAsync(bin, "initdb", ["-D", data, "-U", SuperUser, "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync", "--no-instructions"]);
            for (var attempt = 1; ; attempt++)
            {
                var port = FreePort();
                var server = new PostgresServer(folder, bin, new NpgsqlConnectionStringBuilder
                {
                    Host = "127.0.0.1", Port = port, Username = SuperUser, Database = "postgres", Pooling = false, Timeout = 15,
                });
                try
                {
                    await server.PgCtlAsync("start", port);
                    AppDomain.CurrentDomain.ProcessExit += (_, _) => server.StopQuietly();
                    return server;
                }
                catch (InvalidOperationException) when (attempt < 3)
                {
                    // Another process took the port between the probe and the start: try another.
                }
            }
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    /// <summary>A new, empty database on this server; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(Admin.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(Admin.ConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <summary>The same database as a <c>postgres://</c> URL, as a user would pass it to <c>--store</c>.</summary>
    public static string AsUrl(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return string.Create(CultureInfo.InvariantCulture, $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}");
    }

    /// <summary>Stops the server the hard way (as a crash would) and starts it again on the same port.</summary>
    public async Task RestartAsync(TimeSpan downFor)
    {
        if (_bin is null) throw new InvalidOperationException("cannot restart an external server");
        await PgCtlAsync("stop", Port, "-m", "immediate");
        await Task.Delay(downFor);
        await PgCtlAsync("start", Port);
    }

    public async ValueTask DisposeAsync()
    {
        if (_bin is null) return;
        try
        {
            await PgCtlAsync("stop", Port, "-m", "immediate");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
        _folder?.Dispose();
    }

    private void StopQuietly()
    {
        try
        {
            PgCtlAsync("stop", Port, "-m", "immediate").GetAwaiter().GetResult();
        }
        catch (InvalidOperationException)
        {
        }
        _folder?.Dispose();
    }

    private Task PgCtlAsync(string action, int port, params string[] extra)
    {
        var data = Path.Combine(_folder!.Path, "data");
        var options = string.Create(CultureInfo.InvariantCulture,
            $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c full_page_writes=off -c max_connections=300");
        string[] args = action == "start"
            ? ["start", "-D", data, "-w", "-t", "60", "-l", Path.Combine(_folder.Path, "server.log"), "-o", options, .. extra]
            : [action, "-D", data, "-w", "-t", "60", .. extra];
        return RunPostgresToolAsync(_bin!, "pg_ctl", args);
    }

    private static bool IsRoot => string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    private static Task RunPostgresToolAsync(string bin, string tool, string[] args) =>
        IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(bin, tool), .. args]) : RunAsync(Path.Combine(bin, tool), args);

    private static async Task RunAsync(string program, string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited with {process.ExitCode}: {await error}{await output}");
    }

    /// <summary>Folders of earlier test servers that were stopped but not deleted (a test process cut short).</summary>
    private static void RemoveStoppedServers(string testsFolder)
    {
        foreach (var folder in Directory.EnumerateDirectories(testsFolder))
        {
            var data = Path.Combine(folder, "data");
            if (!File.Exists(Path.Combine(data, "PG_VERSION")) || File.Exists(Path.Combine(data, "postmaster.pid"))) continue;
            if (Directory.GetLastWriteTimeUtc(folder) > DateTime.UtcNow.AddMinutes(-10)) continue; // maybe another run's, starting
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? FindBinaries()
    {
        if (Environment.GetEnvironmentVariable("EMBARGO_PG_BIN") is { Length: > 0 } given)
            return File.Exists(Path.Combine(given, "initdb")) ? given : null;
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root)) return null;
        return Directory.EnumerateDirectories(root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
            .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), CultureInfo.InvariantCulture, out var v) ? v : 0)
            .FirstOrDefault();
    }
}
