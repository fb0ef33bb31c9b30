using System.Diagnostics;
using Npgsql;
using Ecomuna.IntegrationTests.Infrastructure;

namespace Ecomuna.IntegrationTests.Operations;

/// <summary>The repository's operator scripts and the command-line tools they need, run as an operator runs them.</summary>
internal static class Tools
{
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ecomuna.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Ecomuna.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>A libpq connection string (what pg_dump and psql take) for a database the tests' PostgreSQL holds.</summary>
    public static string LibpqConnection(string npgsqlConnectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(npgsqlConnectionString);
        return $"host={builder.Host} port={builder.Port} user={builder.Username} dbname={builder.Database}";
    }

    /// <summary>Runs a program to its end; returns its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{file} {string.Join(' ', start.ArgumentList)}' did not finish in time.\n{Tail(await output)}\n{Tail(await error)}");
        }

        return (process.ExitCode, await output + await error);
    }

    public static string Tail(string text, int characters = 6000) => text.Length <= characters ? text : "…" + text[^characters..];

    /// <summary>The environment for the backup scripts: the PostgreSQL client programs first on PATH, the password if any.</summary>
    public static Dictionary<string, string> PostgresClientEnvironment(string npgsqlConnectionString)
    {
        var folder = PostgresServer.FindClientFolder("pg_dump", "pg_restore") ?? throw new InvalidOperationException(
            "The PostgreSQL client programs pg_dump and pg_restore were not found in /usr/lib/postgresql/*/bin or on PATH. "
            + "Install them with 'apt-get install postgresql-client' (the 'postgresql' package brings them too).");
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = folder + ":" + Environment.GetEnvironmentVariable("PATH"),
        };
        var password = new NpgsqlConnectionStringBuilder(npgsqlConnectionString).Password;
        if (!string.IsNullOrEmpty(password))
        {
            environment["PGPASSWORD"] = password;
        }

        return environment;
    }
}
