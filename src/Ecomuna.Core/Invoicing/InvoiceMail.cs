using Ecomuna.Core.Calendar;
using Ecomuna.Core.Email;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Localization;
using Ecomuna.Core.Members;
using Microsoft.AspNetCore.Mvc;

namespace Ecomuna.Core.Invoicing;

/// <summary>
/// Emails invoices, credit notes and reminders with the PDF attached, and records every send. An invoice goes to the
/// member's delegate civil servant, else to another current civil-servant contact, else to its delegate politician,
/// in the language that person chose. An event fee charged to a guest or network member goes to the person registered,
/// in the language of their account, else the one they registered in. The mail goes to the outbox in the same
/// transaction as the record of the send.
/// </summary>
public sealed class InvoiceMail(
    EcomunaDbContext db, EmailTemplates templates, EmailOutbox outbox, InvoiceDocuments documents, TimeProvider clock, SwedishTime swedishTime, IOptions<AssociationOptions> association)
{
    public enum Outcome
    {
        Sent,
        NoRecipient,
        NotFound,
    }

    private sealed record Recipient(string Email, string Name, string? Language);

    // Invoices are sent in chunks: each chunk is read with a few queries, its PDFs are rendered on every core, and its
    // mails and records of the sends are saved together.
    private const int ChunkSize = 100;

    public async Task<Outcome> SendAsync(int invoiceId, InvoiceSendKind kind, string? portalLink, CancellationToken ct = default)
    {
        var (sent, noRecipient) = await SendChunkAsync([invoiceId], kind, portalLink, ct);
        return sent == 1 ? Outcome.Sent : noRecipient == 1 ? Outcome.NoRecipient : Outcome.NotFound;
    }

    /// <summary>
    /// Mails each new invoice or credit note of an event fee with its PDF, as the secretariat's invoices are mailed;
    /// the nulls stand for what an event change did not charge or credit.
    /// </summary>
    public async Task SendEventFeesAsync(IEnumerable<Invoice?> invoices, IUrlHelper url, string scheme)
    {
        var portalLink = url.Page("/Organisation/Invoices/Index", null, null, scheme)!;
        foreach (var invoice in invoices.OfType<Invoice>())
        {
            await SendAsync(invoice.Id, InvoiceSendKind.Invoice, portalLink);
        }
    }

    private async Task<(int Sent, int NoRecipient)> SendChunkAsync(int[] ids, InvoiceSendKind kind, string? portalLink, CancellationToken ct)
    {
        var invoices = await db.Invoices.AsNoTracking().Include(i => i.Lines).Where(i => ids.Contains(i.Id)).ToListAsync(ct);
        var creditedIds = invoices.Where(i => i.CreditedInvoiceId != null).Select(i => i.CreditedInvoiceId!.Value).ToList();
        var creditedNumbers = creditedIds.Count == 0 ? []
            : await db.Invoices.Where(i => creditedIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Number, ct);
        var recipients = await RecipientsAsync(invoices, ct);
        var toSend = invoices.Where(i => recipients.ContainsKey(i.Id)).OrderBy(i => Array.IndexOf(ids, i.Id)).ToList();

        var reminder = kind == InvoiceSendKind.Reminder;
        var pdfs = new InvoiceDocuments.Pdf[toSend.Count];
        Parallel.For(0, toSend.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct }, n =>
        {
            var invoice = toSend[n];
            long? creditedNumber = invoice.CreditedInvoiceId is { } credited ? creditedNumbers[credited] : null;
            pdfs[n] = documents.Render(invoice, creditedNumber, recipients[invoice.Id].Language ?? "sv", reminder);
        });

        for (var n = 0; n < toSend.Count; n++)
        {
            var (invoice, pdf, recipient) = (toSend[n], pdfs[n], recipients[toSend[n].Id]);
            // A guest's or network member's own invoice has no page in the portal to link to.
            var link = invoice.MemberId is null ? null : portalLink;
            var message = EmailTemplates.InLanguage(recipient.Language ?? "sv", () => templates.Invoice(
                recipient.Email, recipient.Name, kind, invoice.Kind == InvoiceKind.CreditNote, invoice.Number, association.Value.Name,
                Money.Format(reminder ? invoice.Outstanding : invoice.Total, 2), invoice.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                invoice.OcrReference, association.Value.Bankgiro, link, new EmailAttachment(pdf.FileName, "application/pdf", pdf.Content)));
            outbox.Enqueue(message);
            db.InvoiceSends.Add(new InvoiceSend { InvoiceId = invoice.Id, Kind = kind, To = recipient.Email, SentAt = clock.GetUtcNow() });
        }

        if (toSend.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return (toSend.Count, invoices.Count - toSend.Count);
    }

    /// <summary>Who gets each invoice, by invoice id; an invoice nobody can get is left out.</summary>
    private async Task<Dictionary<int, Recipient>> RecipientsAsync(List<Invoice> invoices, CancellationToken ct)
    {
        var today = swedishTime.Today;
        var memberIds = invoices.Where(i => i.MemberId != null).Select(i => i.MemberId!.Value).Distinct().ToList();
        var contacts = memberIds.Count == 0 ? []
            : await db.ContactPersons
                .Where(c => memberIds.Contains(c.MemberId) && (c.EndedOn == null || c.EndedOn > today) && (c.Role == ContactRole.CivilServant || (c.Role == ContactRole.Politician && c.IsDelegate)))
                .Select(c => new
                {
                    c.MemberId, c.Id, c.Role, c.IsDelegate,
                    Recipient = new Recipient(c.Email, c.FirstName + " " + c.LastName, db.Users.Where(u => u.Id == c.UserId).Select(u => u.PreferredLanguage).FirstOrDefault()),
                })
                .ToListAsync(ct);
        var byMember = contacts.GroupBy(c => c.MemberId).ToDictionary(
            g => g.Key,
            g => g.OrderBy(c => c.Role == ContactRole.CivilServant ? 0 : 1).ThenByDescending(c => c.IsDelegate).ThenBy(c => c.Id).First().Recipient);

        var registrationInvoiceIds = invoices.Where(i => i.MemberId == null).Select(i => i.CreditedInvoiceId ?? i.Id).Distinct().ToList();
        var registrations = registrationInvoiceIds.Count == 0 ? []
            : await db.EventRegistrations
                .Where(r => r.InvoiceId != null && registrationInvoiceIds.Contains(r.InvoiceId.Value))
                .Select(r => new
                {
                    InvoiceId = r.InvoiceId!.Value, r.Id,
                    Recipient = new Recipient(r.Email, r.FirstName + " " + r.LastName, db.Users.Where(u => u.Id == r.UserId).Select(u => u.PreferredLanguage).FirstOrDefault() ?? r.Language),
                })
                .ToListAsync(ct);
        var byRegistration = registrations.GroupBy(r => r.InvoiceId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Id).First().Recipient);

        var recipients = new Dictionary<int, Recipient>();
        foreach (var invoice in invoices)
        {
            var recipient = invoice.MemberId is { } member
                ? byMember.GetValueOrDefault(member)
                : byRegistration.GetValueOrDefault(invoice.CreditedInvoiceId ?? invoice.Id);
            if (recipient is not null)
            {
                recipients[invoice.Id] = recipient;
            }
        }

        return recipients;
    }

    /// <summary>Sends every invoice and credit note issued in the year that has not been sent; returns how many went.</summary>
    public async Task<(int Sent, int NoRecipient)> SendUnsentAsync(int year, string portalLink, IProgress<(int Done, int Total)>? progress, CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var ids = await db.Invoices
            .Where(i => i.IssueDate >= from && i.IssueDate <= to && !db.InvoiceSends.Any(s => s.InvoiceId == i.Id && s.Kind == InvoiceSendKind.Invoice))
            .OrderBy(i => i.Number).Select(i => i.Id).ToListAsync(ct);
        return await SendEachAsync(ids, InvoiceSendKind.Invoice, portalLink, progress, ct);
    }

    /// <summary>Reminds of every overdue invoice that has had no reminder yet.</summary>
    public async Task<(int Sent, int NoRecipient)> RemindOverdueAsync(string portalLink, IProgress<(int Done, int Total)>? progress, CancellationToken ct = default)
    {
        var today = swedishTime.Today;
        var ids = await db.Invoices
            .Where(i => i.Kind == InvoiceKind.Invoice && !i.IsCredited && i.PaidAmount + i.CreditedAmount < i.Total && i.DueDate < today
                && !db.InvoiceSends.Any(s => s.InvoiceId == i.Id && s.Kind == InvoiceSendKind.Reminder))
            .OrderBy(i => i.Number).Select(i => i.Id).ToListAsync(ct);
        return await SendEachAsync(ids, InvoiceSendKind.Reminder, portalLink, progress, ct);
    }

    private async Task<(int Sent, int NoRecipient)> SendEachAsync(List<int> ids, InvoiceSendKind kind, string portalLink, IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        var (sent, noRecipient, done) = (0, 0, 0);
        progress?.Report((0, ids.Count));
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            var (chunkSent, chunkNoRecipient) = await SendChunkAsync(chunk, kind, portalLink, ct);
            (sent, noRecipient, done) = (sent + chunkSent, noRecipient + chunkNoRecipient, done + chunk.Length);
            db.ChangeTracker.Clear();
            progress?.Report((done, ids.Count));
        }

        return (sent, noRecipient);
    }
}
