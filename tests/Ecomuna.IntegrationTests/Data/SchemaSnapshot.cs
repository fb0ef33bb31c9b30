using System.Data.Common;
using System.Globalization;
using Ecomuna.Core.Data;

namespace Ecomuna.IntegrationTests.Data;

/// <summary>
/// A database's schema as sorted lines of text (tables, columns, primary keys, foreign keys, indexes), read from
/// the provider's catalog, so two databases can be compared and their differences printed line by line.
/// The migrator's own version table is left out.
/// </summary>
public sealed class SchemaSnapshot
{
    private SchemaSnapshot(IEnumerable<string> lines) => Lines = [.. lines.Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> Lines { get; }

    public static async Task<SchemaSnapshot> ReadAsync(DbConnection connection, DatabaseProvider provider)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        return new SchemaSnapshot(provider == DatabaseProvider.Postgres
            ? await ReadPostgresAsync(connection)
            : await ReadSqliteAsync(connection));
    }

    /// <summary>The lines only in this snapshot ("-") and only in the other ("+"); empty when they are the same.</summary>
    public IReadOnlyList<string> DifferencesFrom(SchemaSnapshot other) =>
    [
        .. Lines.Except(other.Lines, StringComparer.Ordinal).Select(line => "- " + line),
        .. other.Lines.Except(Lines, StringComparer.Ordinal).Select(line => "+ " + line),
    ];

    private static async Task<List<string>> ReadSqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(connection,
            $"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '{SchemaMigrator.VersionTable}'");
        foreach (var table in tables)
        {
            var name = table[0];
            lines.Add($"table {name}");

            var columns = await QueryAsync(connection, $"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('{name}')");
            foreach (var column in columns)
            {
                lines.Add($"column {name}.{column[0]} {column[1]} {(column[2] == "1" ? "NOT NULL" : "NULL")} default={column[3]}");
            }

            var primaryKey = columns.Where(c => c[4] != "0").OrderBy(c => int.Parse(c[4], CultureInfo.InvariantCulture)).Select(c => c[0]);
            var autoIncrement = table[1].Contains("AUTOINCREMENT", StringComparison.OrdinalIgnoreCase) ? " autoincrement" : "";
            lines.Add($"primary key {name} ({string.Join(", ", primaryKey)}){autoIncrement}");

            var foreignKeys = await QueryAsync(connection,
                $"SELECT id, seq, \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{name}') ORDER BY id, seq");
            foreach (var key in foreignKeys.GroupBy(k => k[0]))
            {
                var first = key.First();
                lines.Add($"foreign key {name} ({string.Join(", ", key.Select(k => k[3]))}) references {first[2]} "
                    + $"({string.Join(", ", key.Select(k => k[4]))}) on delete {first[5]}");
            }

            // Indexes SQLite made itself for a primary key or unique constraint carry no name of ours.
            var indexes = await QueryAsync(connection,
                $"SELECT name, \"unique\", partial FROM pragma_index_list('{name}') WHERE origin = 'c'");
            foreach (var index in indexes)
            {
                var indexColumns = await QueryAsync(connection, $"SELECT name FROM pragma_index_info('{index[0]}') ORDER BY seqno");
                lines.Add($"index {name}.{index[0]} ({string.Join(", ", indexColumns.Select(c => c[0]))})"
                    + (index[1] == "1" ? " unique" : "") + (index[2] == "1" ? " partial" : ""));
            }
        }

        return lines;
    }

    private static async Task<List<string>> ReadPostgresAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var exclude = $"'{SchemaMigrator.VersionTable}'";

        foreach (var table in await QueryAsync(connection,
            $"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> {exclude}"))
        {
            lines.Add($"table {table[0]}");
        }

        foreach (var column in await QueryAsync(connection,
            $"""
            SELECT table_name, column_name, data_type, character_maximum_length, is_nullable, column_default, is_identity, identity_generation
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name <> {exclude}
            """))
        {
            var type = column[3].Length > 0 ? $"{column[2]}({column[3]})" : column[2];
            var identity = column[6] == "YES" ? $" identity {column[7]}" : "";
            lines.Add($"column {column[0]}.{column[1]} {type} {(column[4] == "YES" ? "NULL" : "NOT NULL")} default={column[5]}{identity}");
        }

        foreach (var key in await QueryAsync(connection,
            $"""
            SELECT t.relname, c.conname, c.contype, r.relname, c.confdeltype,
                (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum),
                (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum)
            FROM pg_constraint c
            JOIN pg_class t ON t.oid = c.conrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            LEFT JOIN pg_class r ON r.oid = c.confrelid
            WHERE n.nspname = 'public' AND c.contype IN ('p', 'f', 'u') AND t.relname <> {exclude}
            """))
        {
            lines.Add(key[2] switch
            {
                "p" => $"primary key {key[0]} ({key[5]}) named {key[1]}",
                "u" => $"unique constraint {key[0]}.{key[1]} ({key[5]})",
                _ => $"foreign key {key[0]} ({key[5]}) references {key[3]} ({key[6]}) on delete {DeleteRule(key[4])} named {key[1]}",
            });
        }

        foreach (var index in await QueryAsync(connection,
            $"""
            SELECT t.relname, ic.relname, i.indisunique, pg_get_expr(i.indpred, i.indrelid),
                (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum)
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_class t ON t.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = 'public' AND NOT i.indisprimary AND t.relname <> {exclude}
            """))
        {
            lines.Add($"index {index[0]}.{index[1]} ({index[4]})"
                + (index[2] == "True" ? " unique" : "") + (index[3].Length > 0 ? $" where {index[3]}" : ""));
        }

        return lines;
    }

    private static string DeleteRule(string code) => code switch
    {
        "c" => "CASCADE",
        "r" => "RESTRICT",
        "n" => "SET NULL",
        "d" => "SET DEFAULT",
        _ => "NO ACTION",
    };

    /// <summary>Every row of the query, each value as invariant text ("" for NULL).</summary>
    private static async Task<List<string[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!;
            }

            rows.Add(row);
        }

        return rows;
    }
}
