using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ecomuna.Core.Data;

/// <summary>
/// SQLite's own lower() and upper() change only ASCII letters, so a case-insensitive search for "öre" would miss
/// "Örebro". This replaces them, per connection, with .NET's Unicode-aware versions, as PostgreSQL behaves.
/// </summary>
internal sealed class SqliteUnicodeCase : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction("lower", (string? value) => value?.ToLowerInvariant(), isDeterministic: true);
            sqlite.CreateFunction("upper", (string? value) => value?.ToUpperInvariant(), isDeterministic: true);
        }
    }
}
