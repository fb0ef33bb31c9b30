using Ecomuna.Core.Calendar;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Newsletters;

namespace Ecomuna.Core.Newsletters;

/// <summary>
/// Sends newsletters: turns the audience into outbox messages, one per address, in one transaction that also marks
/// the newsletter sent. Its status is a concurrency token, so marking it sent makes sure it goes once, even when the job
/// runs on two instances at the same moment or an admin presses "send now" twice.
/// </summary>
public sealed class NewsletterDispatch(EcomunaDbContext db, NewsletterMail mail, EmailOutbox outbox, TimeProvider clock, SwedishTime swedishTime, OutboxSignal? signal = null)
{
    /// <summary>Sends the newsletter now; returns how many messages were queued, or null when it was already sent.</summary>
    public async Task<int?> SendAsync(int newsletterId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var strategy = db.Database.CreateExecutionStrategy();
        var queued = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var newsletter = await db.Newsletters.SingleOrDefaultAsync(n => n.Id == newsletterId && n.Status != NewsletterStatus.Sent, ct);
            if (newsletter is null)
            {
                return (int?)null;
            }

            newsletter.MarkSent(now);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another sender claimed it between the read and the save.
                db.Entry(newsletter).State = EntityState.Detached;
                return null;
            }

            var recipients = await NewsletterAudience.ResolveAsync(db, newsletter, swedishTime.Today, ct);
            var rendered = new Dictionary<string, NewsletterMail.Rendered>
            {
                ["sv"] = mail.Render(newsletter, "sv"),
                ["en"] = mail.Render(newsletter, "en"),
            };
            var count = await NewsletterOutboxWriter.WriteAsync(db, recipients.Select(r => mail.Row(rendered[r.Language], r.Email, newsletterId, now)), ct);
            if (db.Entry(newsletter).State == EntityState.Detached)
            {
                // The SQLite writer empties the change tracker between its batches.
                db.Newsletters.Attach(newsletter);
            }

            newsletter.RecordRecipients(count);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return count;
        });

        if (queued is not null)
        {
            signal?.Notify();
        }

        return queued;
    }

    /// <summary>Sends every scheduled newsletter whose time has come; returns how many newsletters went.</summary>
    public async Task<(int Newsletters, int Messages)> SendDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Newsletters.AsNoTracking()
            .Where(n => n.Status == NewsletterStatus.Scheduled && n.ScheduledAtUtc <= now)
            .OrderBy(n => n.ScheduledAtUtc).Select(n => n.Id).ToListAsync(ct);
        var (newsletters, messages) = (0, 0);
        foreach (var id in due)
        {
            if (await SendAsync(id, ct) is { } count)
            {
                newsletters++;
                messages += count;
            }
        }

        return (newsletters, messages);
    }

    /// <summary>A copy to the admin, marked as a test; it does not count in the newsletter's progress.</summary>
    public async Task SendTestAsync(Newsletter newsletter, string to, string language, CancellationToken ct = default)
    {
        var rendered = mail.Render(newsletter, language);
        var message = mail.For(rendered with { Subject = "[Test] " + rendered.Subject }, to);
        outbox.Enqueue(message);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>How many of the newsletter's messages wait, went and failed.</summary>
    public async Task<NewsletterProgress> ProgressAsync(int newsletterId, CancellationToken ct = default)
    {
        var counts = await db.OutboxMessages.AsNoTracking().Where(m => m.NewsletterId == newsletterId)
            .GroupBy(m => m.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
        int Count(params OutboxStatus[] statuses) => counts.Where(c => statuses.Contains(c.Status)).Sum(c => c.Count);
        return new NewsletterProgress(Count(OutboxStatus.Queued, OutboxStatus.Sending), Count(OutboxStatus.Sent), Count(OutboxStatus.Failed));
    }
}

public sealed record NewsletterProgress(int Queued, int Sent, int Failed)
{
    public int Total => Queued + Sent + Failed;
}
