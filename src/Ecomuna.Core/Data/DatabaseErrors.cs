namespace Ecomuna.Core.Data;

/// <summary>Reads what a failed save means, the same on SQLite and PostgreSQL.</summary>
public static class DatabaseErrors
{
    private const int SqliteConstraintUnique = 2067;

    /// <summary>True when the save broke a unique index, such as a second active registration for one address.</summary>
    public static bool IsUniqueViolation(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException switch
        {
            Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
            Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteConstraintUnique,
            _ => false,
        };
    }
}
