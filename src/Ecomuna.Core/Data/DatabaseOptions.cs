using System.ComponentModel.DataAnnotations;

namespace Ecomuna.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Where the data lives. Bound from the "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (embedded default) or Postgres (production).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The ADO.NET connection string. For Sqlite it defaults to a file in the data folder;
    /// for Postgres it must be set.
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Database:ConnectionString (env Database__ConnectionString) is empty. Set it to a PostgreSQL connection string, e.g. Host=localhost;Database=ecomuna;Username=ecomuna;Password=...")]
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending schema migrations at start. Defaults to on for Sqlite, off for Postgres.</summary>
    public bool? MigrateOnStartup { get; set; }

    /// <summary>Load the demo data (members, indicators, demo logins) when the database is empty. Defaults to on for Sqlite only.</summary>
    public bool? SeedDemoData { get; set; }

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;

    public bool ShouldSeedDemoData => SeedDemoData ?? Provider == DatabaseProvider.Sqlite;
}
