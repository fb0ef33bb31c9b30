using System.Diagnostics;
using Ecomuna.Core.Accounts;
using Ecomuna.Core.Data;
using Ecomuna.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ecomuna.IntegrationTests.Commands;

/// <summary>The operator commands, run as an operator runs them: the built app as its own process, configured by environment variables.</summary>
public sealed class CommandLineTests : IDisposable
{
    private const string Password = "a-long-enough-password";

    private readonly string _folder = Directory.CreateTempSubdirectory("ecomuna-cli-").FullName;

    private string SqliteConnectionString => $"Data Source={Path.Combine(_folder, "ecomuna.db")}";

    [Fact]
    public async Task Migrate_NewSqliteDatabase_AppliesEveryScriptThenIsUpToDate()
    {
        var first = await RunAsync(SqliteSettings(), "migrate");
        first.AssertSucceeded();
        Assert.Contains(AllVersionsApplied(DatabaseProvider.Sqlite), first.Output, StringComparison.Ordinal);

        var second = await RunAsync(SqliteSettings(), "migrate");
        second.AssertSucceeded();
        Assert.Contains("up to date", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_NewPostgresDatabase_AppliesEveryScriptThenIsUpToDate()
    {
        var connectionString = await TestDatabases.CreateEmptyAsync(DatabaseProvider.Postgres);
        try
        {
            var environment = Settings(DatabaseProvider.Postgres, connectionString);

            var first = await RunAsync(environment, "migrate");
            first.AssertSucceeded();
            Assert.Contains(AllVersionsApplied(DatabaseProvider.Postgres), first.Output, StringComparison.Ordinal);

            var second = await RunAsync(environment, "migrate");
            second.AssertSucceeded();
            Assert.Contains("up to date", second.Output, StringComparison.Ordinal);
        }
        finally
        {
            await TestDatabases.DropAsync(DatabaseProvider.Postgres, connectionString);
        }
    }

    [Fact]
    public async Task CreateAdmin_MigratedDatabase_CreatesConfirmedAdmin()
    {
        (await RunAsync(SqliteSettings(), "migrate")).AssertSucceeded();

        var result = await RunAsync(SqliteSettings(Password), "create-admin", "--email", "a@b.se", "--name", "A B");

        result.AssertSucceeded();
        Assert.Contains("Created admin a@b.se.", result.Output, StringComparison.Ordinal);
        await using var db = OpenSqlite();
        var user = await db.Users.SingleAsync();
        Assert.Equal(("a@b.se", "a@b.se", "A B", true), (user.UserName, user.Email, user.DisplayName, user.EmailConfirmed));
        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToListAsync();
        Assert.Equal([Roles.Admin], roles);
    }

    [Fact]
    public async Task CreateAdmin_EmailAlreadyUsed_FailsAndSaysSo()
    {
        (await RunAsync(SqliteSettings(), "migrate")).AssertSucceeded();
        (await RunAsync(SqliteSettings(Password), "create-admin", "--email", "a@b.se", "--name", "A B")).AssertSucceeded();

        var again = await RunAsync(SqliteSettings(Password), "create-admin", "--email", "a@b.se", "--name", "A B");

        again.AssertFailed();
        Assert.Contains("A user with the email a@b.se already exists.", again.Error, StringComparison.Ordinal);
        await using var db = OpenSqlite();
        Assert.Equal(1, await db.Users.CountAsync());
    }

    [Fact]
    public async Task CreateAdmin_TooShortPassword_IsRefusedWithMessage()
    {
        (await RunAsync(SqliteSettings(), "migrate")).AssertSucceeded();

        var result = await RunAsync(SqliteSettings("short"), "create-admin", "--email", "a@b.se");

        result.AssertFailed();
        Assert.Contains("Could not create the admin:", result.Error, StringComparison.Ordinal);
        Assert.Contains("at least 12 characters", result.Error, StringComparison.Ordinal);
        await using var db = OpenSqlite();
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task CreateAdmin_BeforeMigrate_TellsToRunMigrateFirst()
    {
        var result = await RunAsync(SqliteSettings(Password), "create-admin", "--email", "a@b.se");

        result.AssertFailed();
        Assert.Contains("Run the 'migrate' command first.", result.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private Dictionary<string, string> SqliteSettings(string? adminPassword = null)
    {
        var environment = Settings(DatabaseProvider.Sqlite, SqliteConnectionString);
        if (adminPassword is not null)
        {
            environment["ECOMUNA_ADMIN_PASSWORD"] = adminPassword;
        }

        return environment;
    }

    private Dictionary<string, string> Settings(DatabaseProvider provider, string connectionString) => new()
    {
        ["Database__Provider"] = provider.ToString(),
        ["Database__ConnectionString"] = connectionString,
        ["Database__MigrateOnStartup"] = "false",
        ["Database__SeedDemoData"] = "false",
        ["DataDirectory"] = _folder,
    };

    private EcomunaDbContext OpenSqlite()
    {
        var options = new DbContextOptionsBuilder<EcomunaDbContext>();
        DatabaseRegistration.UseProvider(options, DatabaseProvider.Sqlite, SqliteConnectionString);
        return new EcomunaDbContext(options.Options);
    }

    /// <summary>Runs <c>dotnet Ecomuna.Web.dll</c> with the arguments, from the folder it was built into, as an operator would.</summary>
    private static async Task<CommandResult> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Ecomuna.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Settings the test runner itself may carry must not reach the app.
        foreach (var name in new[] { "ECOMUNA_ADMIN_PASSWORD", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'{string.Join(' ', arguments)}' did not finish within 60 s.\nstdout:\n{await output}\nstderr:\n{await error}");
        }

        return new CommandResult(string.Join(' ', arguments), process.ExitCode, await output, await error);
    }

    private sealed record CommandResult(string Command, int ExitCode, string Output, string Error)
    {
        public void AssertSucceeded() =>
            Assert.True(ExitCode == 0, $"'{Command}' exited with {ExitCode}, expected 0.{Details}");

        public void AssertFailed() =>
            Assert.True(ExitCode != 0, $"'{Command}' exited with 0, expected a failure.{Details}");

        private string Details => $"\nstdout:\n{Output}\nstderr:\n{Error}";
    }

    private static string AllVersionsApplied(DatabaseProvider provider) =>
        $"Applied schema versions {string.Join(", ", SchemaMigrator.ScriptsFor(provider).Select(s => s.Version))}.";
}
