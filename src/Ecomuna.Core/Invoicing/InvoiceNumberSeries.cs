using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ecomuna.Core.Invoicing;

/// <summary>
/// The one row that holds the last invoice number given out. Taking numbers updates it inside the caller's
/// transaction: the row lock makes a second issuer wait until the first commits or rolls back, so numbers
/// have no gaps and no duplicates.
/// </summary>
public sealed class InvoiceNumberSeries
{
    public const int TheSeries = 1;

    public int Id { get; set; }
    public long LastNumber { get; set; }

    /// <summary>Reserves <paramref name="count"/> numbers and returns the first; with 0, only waits for and holds the lock.</summary>
    public static async Task<long> TakeAsync(EcomunaDbContext db, long firstNumberEver, int count, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Invoice numbers are taken inside the transaction that saves the invoices.");
        var connection = db.Database.GetDbConnection();

        await using (var insert = Command(connection, transaction,
            """INSERT INTO "InvoiceNumberSeries" ("Id", "LastNumber") VALUES (@id, @last) ON CONFLICT ("Id") DO NOTHING"""))
        {
            Add(insert, "@id", TheSeries);
            Add(insert, "@last", firstNumberEver - 1);
            await insert.ExecuteNonQueryAsync(ct);
        }

        await using var update = Command(connection, transaction,
            """UPDATE "InvoiceNumberSeries" SET "LastNumber" = "LastNumber" + @count WHERE "Id" = @id RETURNING "LastNumber" """);
        Add(update, "@count", (long)count);
        Add(update, "@id", TheSeries);
        var last = Convert.ToInt64(await update.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        return last - count + 1;
    }

    private static DbCommand Command(DbConnection connection, IDbContextTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = sql;
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
