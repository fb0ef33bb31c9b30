using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Ecomuna.IntegrationTests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests use: the one in ECOMUNA_TEST_POSTGRES (a connection string of a user who may
/// create databases) or else a throwaway cluster made with the installed binaries in a temporary folder on a free
/// port, started once per test run and removed when the run ends.
/// </summary>
public sealed class PostgresServer
{
    public const string ConnectionVariable = "ECOMUNA_TEST_POSTGRES";

    private static readonly Lazy<PostgresServer> Instance = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _adminConnectionString;

    private PostgresServer(string adminConnectionString) => _adminConnectionString = adminConnectionString;

    public static PostgresServer Shared => Instance.Value;

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = database }.ConnectionString;

    public async Task CreateDatabaseAsync(string name, string? template = null)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = template is null
            ? $"CREATE DATABASE \"{name}\""
            : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"";
        await command.ExecuteNonQueryAsync();
    }

    public async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
    }

    private static PostgresServer Start()
    {
        var configured = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new PostgresServer(configured);
        }

        var bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or in /usr/lib/postgresql/*/bin. "
            + "Install them with 'apt-get install postgresql', or set " + ConnectionVariable
            + " to the connection string of a PostgreSQL server where the user may create databases.");

        var asRoot = Environment.UserName == "root";
        var directory = Directory.CreateTempSubdirectory("ecomuna-pg-").FullName;
        if (asRoot)
        {
            // initdb refuses to run as root: the cluster belongs to the postgres user that Debian's package creates.
            Run("chown", $"postgres:postgres {directory}", asRoot: false);
        }

        var port = FreePort();
        var data = Path.Combine(directory, "data");
        Run(Path.Combine(bin, "initdb"), $"-D {data} -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync", asRoot);
        Run(Path.Combine(bin, "pg_ctl"),
            $"-D {data} -l {directory}/server.log -w -t 60 -o \"-p {port} -k {directory} -c listen_addresses=127.0.0.1 "
            + "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start",
            asRoot);

        var stop = $"{Path.Combine(bin, "pg_ctl")} -D {data} -m immediate -w stop";
        CleanUp.AfterTestRun($"{(asRoot ? "runuser -u postgres -- " : "")}{stop}; rm -rf {directory}");

        return new PostgresServer($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true");
    }

    private static string? FindBinaries() =>
        BinaryFolders().FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));

    /// <summary>
    /// The folder holding the named PostgreSQL client programs (e.g. pg_dump and pg_restore), looked for where the
    /// server binaries are: the newest version in /usr/lib/postgresql first, as a dump needs a pg_dump at least as new
    /// as the server, then PATH.
    /// </summary>
    public static string? FindClientFolder(params string[] programs) =>
        BinaryFolders(newestFirst: true).FirstOrDefault(d => programs.All(p => File.Exists(Path.Combine(d, p))));

    private static IEnumerable<string> BinaryFolders(bool newestFirst = false)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries);
        var versions = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d, StringComparer.Ordinal).Select(d => Path.Combine(d, "bin"))
            : [];
        return newestFirst ? versions.Concat(path) : path.Concat(versions);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string file, string arguments, bool asRoot)
    {
        var start = asRoot
            ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {arguments}")
            : new ProcessStartInfo(file, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = "/tmp";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{file} {arguments}' failed: {output.Result}{error.Result}");
        }
    }
}
