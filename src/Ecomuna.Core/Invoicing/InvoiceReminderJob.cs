using Ecomuna.Core.Background;
using Ecomuna.Core.Calendar;
using Ecomuna.Core.Invoicing;

namespace Ecomuna.Core.Invoicing;

/// <summary>
/// Reminds of unpaid invoices some days after they fell due (Jobs:InvoiceReminderDays, by default 10 and 30), once
/// per invoice and step, with the reminder PDF, to the same person the invoice went to. An invoice found late gets
/// only the latest step it has reached.
/// </summary>
public sealed class InvoiceReminderJob(EcomunaDbContext db, InvoiceMail mail, TimeProvider clock, SwedishTime swedishTime, IOptions<JobOptions> options) : IScheduledJob
{
    public const string JobName = "invoice-reminders";

    public string Name => JobName;

    public TimeSpan Interval => options.Value.Interval;

    public async Task<JobResult> RunAsync(CancellationToken ct)
    {
        var steps = JobOptions.Days(options.Value.InvoiceReminderDays);
        if (steps.Count == 0)
        {
            return new JobResult("No reminder days configured.", 0, 0);
        }

        var today = swedishTime.Today;
        var firstDue = today.AddDays(-steps[^1]);
        var overdue = await db.Invoices.AsNoTracking()
            .Where(i => i.Kind == InvoiceKind.Invoice && !i.IsCredited && i.PaidAmount < i.Total && i.DueDate <= firstDue)
            .OrderBy(i => i.Number)
            .Select(i => new { i.Id, i.DueDate })
            .ToListAsync(ct);
        var sent = await SentOnce.KeysAsync(db, JobName, ct);
        var link = options.Value.Link("/Organisation/Invoices");
        var now = clock.GetUtcNow().UtcDateTime;

        var (queued, noRecipient) = (0, 0);
        foreach (var invoice in overdue)
        {
            var daysOverdue = today.DayNumber - invoice.DueDate.DayNumber;
            var step = steps.First(d => daysOverdue >= d);
            var key = $"invoice:{invoice.Id}:{step}";
            if (sent.Contains(key))
            {
                continue;
            }

            // The reminder key is saved by the same SaveChanges that records the send and queues the mail.
            var reminder = SentOnce.Record(db, JobName, key, now);
            try
            {
                var outcome = await mail.SendAsync(invoice.Id, InvoiceSendKind.Reminder, link, ct);
                if (outcome == InvoiceMail.Outcome.Sent)
                {
                    queued++;
                }
                else
                {
                    noRecipient++;
                }
            }
            catch (DbUpdateException)
            {
                // Another run sent this step meanwhile.
            }
            finally
            {
                db.Entry(reminder).State = EntityState.Detached;
                db.ChangeTracker.Clear();
            }
        }

        return new JobResult($"Queued {queued} invoice reminders; {noRecipient} invoices have nobody to send to.", queued, noRecipient);
    }
}
