using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace Ecomuna.Core.Data;

/// <summary>One versioned SQL script for one provider.</summary>
public sealed record SchemaScript(int Version, string Name, string Sql);

/// <summary>
/// Applies the versioned SQL scripts in Data/Migrations/&lt;provider&gt;/ in order, all pending ones in one
/// transaction, and records each applied version in "__SchemaVersions". On PostgreSQL an advisory lock
/// makes concurrent starts of several instances wait for each other instead of racing. On SQLite foreign keys are
/// off while the scripts run, so a script can rebuild a table the way SQLite's ALTER TABLE documentation describes,
/// and every foreign key is checked before the scripts are committed.
/// </summary>
public sealed partial class SchemaMigrator(EcomunaDbContext db, ILogger<SchemaMigrator> logger)
{
    public const string VersionTable = "__SchemaVersions";
    private const long PostgresAdvisoryLockKey = 0x45_63_6F_6D_75_6E_61; // "Ecomuna"

    public DatabaseProvider Provider => db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    public static IReadOnlyList<SchemaScript> ScriptsFor(DatabaseProvider provider)
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var prefix = $"migrations/{provider}/";
        var scripts = new List<SchemaScript>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var match = ScriptName().Match(resource[prefix.Length..]);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Migration script '{resource}' must be named NNNN_description.sql.");
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            scripts.Add(new SchemaScript(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value, reader.ReadToEnd()));
        }

        return [.. scripts.OrderBy(s => s.Version)];
    }

    public static int LatestVersion(DatabaseProvider provider) => ScriptsFor(provider).Max(s => s.Version);

    /// <summary>Applies pending scripts up to <paramref name="targetVersion"/> (default: all). Returns the versions applied.</summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(int? targetVersion = null, CancellationToken ct = default)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }

        var sqliteForeignKeys = Provider == DatabaseProvider.Sqlite && await ScalarAsync(connection, "PRAGMA foreign_keys", ct) == 1;
        try
        {
            if (sqliteForeignKeys)
            {
                await ExecuteAsync(connection, null, "PRAGMA foreign_keys = OFF", ct);
            }

            await using var transaction = await connection.BeginTransactionAsync(ct);
            if (Provider == DatabaseProvider.Postgres)
            {
                await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({PostgresAdvisoryLockKey})", ct);
            }

            await ExecuteAsync(connection, transaction,
                $"CREATE TABLE IF NOT EXISTS \"{VersionTable}\" (\"Version\" integer NOT NULL PRIMARY KEY, \"Name\" text NOT NULL, \"AppliedAt\" text NOT NULL)", ct);
            var applied = await AppliedVersionsAsync(connection, transaction, ct);

            var pending = ScriptsFor(Provider)
                .Where(s => !applied.Contains(s.Version) && (targetVersion is null || s.Version <= targetVersion))
                .ToList();
            foreach (var script in pending)
            {
                logger.LogInformation("Applying schema migration {Version} {Name}", script.Version, script.Name);
                await ExecuteAsync(connection, transaction, script.Sql, ct);
                await using var record = connection.CreateCommand();
                record.Transaction = transaction;
                record.CommandText = $"INSERT INTO \"{VersionTable}\" (\"Version\", \"Name\", \"AppliedAt\") VALUES (@version, @name, @appliedAt)";
                AddParameter(record, "@version", script.Version);
                AddParameter(record, "@name", script.Name);
                AddParameter(record, "@appliedAt", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(ct);
            }

            if (Provider == DatabaseProvider.Sqlite && pending.Count > 0)
            {
                await using var check = connection.CreateCommand();
                check.Transaction = transaction;
                check.CommandText = "PRAGMA foreign_key_check";
                await using var violations = await check.ExecuteReaderAsync(ct);
                if (await violations.ReadAsync(ct))
                {
                    throw new InvalidOperationException($"Schema migration left a broken foreign key in table {violations.GetString(0)}; nothing was applied.");
                }
            }

            await transaction.CommitAsync(ct);
            return [.. pending.Select(s => s.Version)];
        }
        finally
        {
            if (sqliteForeignKeys)
            {
                await ExecuteAsync(connection, null, "PRAGMA foreign_keys = ON", ct);
            }

            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <summary>The highest applied version, or 0 for an empty database. Changes nothing in the database.</summary>
    public async Task<int> CurrentVersionAsync(CancellationToken ct = default)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }

        try
        {
            // Creating the version table here would race with a migrating instance: concurrent
            // CREATE TABLE IF NOT EXISTS fails on PostgreSQL outside the migrator's lock.
            await using (var exists = connection.CreateCommand())
            {
                exists.CommandText = Provider == DatabaseProvider.Postgres
                    ? $"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '{VersionTable}'"
                    : $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{VersionTable}'";
                if (Convert.ToInt64(await exists.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) == 0)
                {
                    return 0;
                }
            }

            await using var transaction = await connection.BeginTransactionAsync(ct);
            var applied = await AppliedVersionsAsync(connection, transaction, ct);
            await transaction.CommitAsync(ct);
            return applied.Count == 0 ? 0 : applied.Max();
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private static async Task<HashSet<int>> AppliedVersionsAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT \"Version\" FROM \"{VersionTable}\"";
        var versions = new HashSet<int>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            versions.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
        }

        return versions;
    }

    private static async Task<long> ScalarAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    [GeneratedRegex(@"^(\d{4})_([A-Za-z0-9_]+)\.sql$")]
    private static partial Regex ScriptName();
}
