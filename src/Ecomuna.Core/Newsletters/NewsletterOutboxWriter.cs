using Ecomuna.Core.Email.Outbox;
using Npgsql;
using NpgsqlTypes;

namespace Ecomuna.Core.Newsletters;

/// <summary>
/// Writes a newsletter's messages into the outbox in bulk, inside the caller's transaction: on PostgreSQL with one
/// binary COPY, on SQLite in batches of inserts. Rows are streamed, so a list of 100,000 is never all in memory.
/// </summary>
public static class NewsletterOutboxWriter
{
    private const int SqliteBatch = 1000;

    public static async Task<int> WriteAsync(EcomunaDbContext db, IEnumerable<OutboxMessage> messages, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(messages);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Newsletter mail is written inside the transaction that marks the newsletter sent.");
        }

        return db.Database.IsNpgsql() ? await CopyAsync(db, messages, ct) : await InsertAsync(db, messages, ct);
    }

    private static async Task<int> CopyAsync(EcomunaDbContext db, IEnumerable<OutboxMessage> messages, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var count = 0;
        await using var writer = await connection.BeginBinaryImportAsync("""
            COPY "OutboxMessages" ("To", "Subject", "HtmlBody", "TextBody", "Headers", "Kind", "Status", "Attempts", "NextAttemptAtUtc", "CreatedAtUtc", "NewsletterId")
            FROM STDIN (FORMAT BINARY)
            """, ct);
        foreach (var m in messages)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(m.To, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(m.Subject, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(m.HtmlBody, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(m.TextBody, NpgsqlDbType.Text, ct);
            if (m.Headers is null)
            {
                await writer.WriteNullAsync(ct);
            }
            else
            {
                await writer.WriteAsync(m.Headers, NpgsqlDbType.Varchar, ct);
            }

            await writer.WriteAsync((int)m.Kind, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync((int)m.Status, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(m.Attempts, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(m.NextAttemptAtUtc, NpgsqlDbType.TimestampTz, ct);
            await writer.WriteAsync(m.CreatedAtUtc, NpgsqlDbType.TimestampTz, ct);
            if (m.NewsletterId is { } id)
            {
                await writer.WriteAsync(id, NpgsqlDbType.Integer, ct);
            }
            else
            {
                await writer.WriteNullAsync(ct);
            }

            count++;
        }

        await writer.CompleteAsync(ct);
        return count;
    }

    private static async Task<int> InsertAsync(EcomunaDbContext db, IEnumerable<OutboxMessage> messages, CancellationToken ct)
    {
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var count = 0;
        try
        {
            foreach (var chunk in messages.Chunk(SqliteBatch))
            {
                db.OutboxMessages.AddRange(chunk);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                count += chunk.Length;
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }

        return count;
    }
}
