using Ecomuna.Core.Data;
using Microsoft.Data.Sqlite;

namespace Ecomuna.IntegrationTests.Infrastructure;

/// <summary>
/// Hands each test class a database of its own, copied from a template that was migrated and loaded with the
/// demo data once per test run, so tests never see each other's rows.
/// </summary>
public static class TestDatabases
{
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static readonly string Root = CreateRoot();
    private static readonly Dictionary<DatabaseProvider, bool> TemplateReady = [];
    private const string PostgresTemplate = "ecomuna_template";

    public static string NewName() => "ecomuna_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A connection string to a new database with the current schema and the demo data.</summary>
    public static async Task<string> CreateAsync(DatabaseProvider provider)
    {
        await EnsureTemplateAsync(provider);
        var name = NewName();
        if (provider == DatabaseProvider.Postgres)
        {
            await PostgresServer.Shared.CreateDatabaseAsync(name, PostgresTemplate);
            return PostgresServer.Shared.ConnectionString(name);
        }

        var file = Path.Combine(Root, name + ".db");
        File.Copy(TemplateFile, file);
        return $"Data Source={file}";
    }

    /// <summary>A connection string to a new, empty database.</summary>
    public static async Task<string> CreateEmptyAsync(DatabaseProvider provider)
    {
        var name = NewName();
        if (provider == DatabaseProvider.Postgres)
        {
            await PostgresServer.Shared.CreateDatabaseAsync(name);
            return PostgresServer.Shared.ConnectionString(name);
        }

        return $"Data Source={Path.Combine(Root, name + ".db")}";
    }

    public static async Task DropAsync(DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            await PostgresServer.Shared.DropDatabaseAsync(new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database!);
            return;
        }

        SqliteConnection.ClearAllPools();
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }

    private static string CreateRoot()
    {
        var root = Directory.CreateTempSubdirectory("ecomuna-tests-").FullName;
        CleanUp.AfterTestRun($"rm -rf {root}");
        return root;
    }

    private static string TemplateFile => Path.Combine(Root, "template.db");

    private static async Task EnsureTemplateAsync(DatabaseProvider provider)
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (TemplateReady.ContainsKey(provider))
            {
                return;
            }

            string connectionString;
            if (provider == DatabaseProvider.Postgres)
            {
                await PostgresServer.Shared.DropDatabaseAsync(PostgresTemplate);
                await PostgresServer.Shared.CreateDatabaseAsync(PostgresTemplate);
                connectionString = PostgresServer.Shared.ConnectionString(PostgresTemplate);
            }
            else
            {
                connectionString = $"Data Source={TemplateFile}";
            }

            // Starting the app once migrates the template and loads the demo data, exactly as in production.
            await using (var app = new EcomunaApp(provider, connectionString, prepareDatabase: true))
            {
                app.Services.GetService(typeof(TimeProvider));
            }

            if (provider == DatabaseProvider.Postgres)
            {
                Npgsql.NpgsqlConnection.ClearAllPools();
            }
            else
            {
                SqliteConnection.ClearAllPools();
            }

            TemplateReady[provider] = true;
        }
        finally
        {
            TemplateLock.Release();
        }
    }
}
