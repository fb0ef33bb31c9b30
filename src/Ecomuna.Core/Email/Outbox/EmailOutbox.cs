using System.Text.Json;

namespace Ecomuna.Core.Email.Outbox;

/// <summary>
/// Puts mail in the outbox. The message is only added to the context: the caller's SaveChanges commits it together
/// with the change that causes it, and the background sender delivers it.
/// </summary>
public sealed class EmailOutbox(EcomunaDbContext db, TimeProvider clock, OutboxSignal? signal = null)
{
    private bool _listening;

    public OutboxMessage Enqueue(EmailMessage message, EmailKind kind = EmailKind.Transactional)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = clock.GetUtcNow().UtcDateTime;
        var row = new OutboxMessage
        {
            To = message.To,
            Subject = message.Subject,
            HtmlBody = message.HtmlBody,
            TextBody = message.TextBody,
            Headers = message.Headers.Count == 0 ? null : JsonSerializer.Serialize(message.Headers),
            Kind = kind,
            Status = OutboxStatus.Queued,
            CreatedAtUtc = now,
            NextAttemptAtUtc = now,
        };
        row.Attachments.AddRange(message.Attachments.Select(a => new OutboxAttachment { FileName = a.FileName, ContentType = a.ContentType, Content = a.Content }));
        db.OutboxMessages.Add(row);
        if (signal is not null && !_listening)
        {
            _listening = true;
            db.SavedChanges += (_, _) => signal.Notify();
        }

        return row;
    }

    /// <summary>The message as the transport takes it.</summary>
    public static EmailMessage ToEmail(OutboxMessage row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var headers = row.Headers is null ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(row.Headers)!;
        headers["X-Ecomuna-Outbox-Id"] = row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new EmailMessage(row.To, row.Subject, row.HtmlBody, row.TextBody)
        {
            Attachments = [.. row.Attachments.Select(a => new EmailAttachment(a.FileName, a.ContentType, a.Content))],
            Headers = headers,
        };
    }
}
