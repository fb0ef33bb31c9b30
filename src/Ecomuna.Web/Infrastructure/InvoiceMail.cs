using Ecomuna.Core.Data;
using Ecomuna.Core.Email;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Invoicing;
using Ecomuna.Core.Members;
using Ecomuna.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ecomuna.Web.Infrastructure;

/// <summary>
/// Emails invoices, credit notes and reminders with the PDF attached, and records every send. An invoice goes to the
/// member's delegate civil servant, else to another current civil-servant contact, else to its delegate politician,
/// in the language that person chose. An event fee charged to a guest or network member goes to the person registered,
/// in the language of their account, else the one they registered in. The mail goes to the outbox in the same
/// transaction as the record of the send.
/// </summary>
public sealed class InvoiceMail(
    EcomunaDbContext db, EmailTemplates templates, EmailOutbox outbox, InvoiceDocuments documents, TimeProvider clock, IOptions<AssociationOptions> association)
{
    public enum Outcome
    {
        Sent,
        NoRecipient,
        NotFound,
    }

    private sealed record Recipient(string Email, string Name, string? Language);

    public async Task<Outcome> SendAsync(int invoiceId, InvoiceSendKind kind, string? portalLink, CancellationToken ct = default)
    {
        var invoice = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == invoiceId, ct);
        if (invoice is null)
        {
            return Outcome.NotFound;
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var recipient = invoice.MemberId is null
            ? await db.EventRegistrations
                .Where(r => r.InvoiceId == (invoice.CreditedInvoiceId ?? invoice.Id))
                .OrderBy(r => r.Id)
                .Select(r => new Recipient(r.Email, r.FirstName + " " + r.LastName, db.Users.Where(u => u.Id == r.UserId).Select(u => u.PreferredLanguage).FirstOrDefault() ?? r.Language))
                .FirstOrDefaultAsync(ct)
            : await db.ContactPersons
                .Where(c => c.MemberId == invoice.MemberId && (c.EndedOn == null || c.EndedOn > today) && (c.Role == ContactRole.CivilServant || (c.Role == ContactRole.Politician && c.IsDelegate)))
                .OrderBy(c => c.Role == ContactRole.CivilServant ? 0 : 1).ThenByDescending(c => c.IsDelegate).ThenBy(c => c.Id)
                .Select(c => new Recipient(c.Email, c.FirstName + " " + c.LastName, db.Users.Where(u => u.Id == c.UserId).Select(u => u.PreferredLanguage).FirstOrDefault()))
                .FirstOrDefaultAsync(ct);
        if (recipient is null)
        {
            return Outcome.NoRecipient;
        }

        // A guest's or network member's own invoice has no page in the portal to link to.
        portalLink = invoice.MemberId is null ? null : portalLink;
        var language = recipient.Language ?? "sv";
        var pdf = (await documents.RenderAsync(invoiceId, language, kind == InvoiceSendKind.Reminder, ct))!;
        var message = EmailTemplates.InLanguage(language, () => templates.Invoice(
            recipient.Email, recipient.Name, kind, invoice.Kind == InvoiceKind.CreditNote, invoice.Number, association.Value.Name,
            Money.Format(kind == InvoiceSendKind.Reminder ? invoice.Outstanding : invoice.Total, 2), invoice.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            invoice.OcrReference, association.Value.Bankgiro, portalLink, new EmailAttachment(pdf.FileName, "application/pdf", pdf.Content)));
        outbox.Enqueue(message);
        db.InvoiceSends.Add(new InvoiceSend { InvoiceId = invoiceId, Kind = kind, To = recipient.Email, SentAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        return Outcome.Sent;
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
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var ids = await db.Invoices
            .Where(i => i.Kind == InvoiceKind.Invoice && !i.IsCredited && i.PaidAmount + i.CreditedAmount < i.Total && i.DueDate < today
                && !db.InvoiceSends.Any(s => s.InvoiceId == i.Id && s.Kind == InvoiceSendKind.Reminder))
            .OrderBy(i => i.Number).Select(i => i.Id).ToListAsync(ct);
        return await SendEachAsync(ids, InvoiceSendKind.Reminder, portalLink, progress, ct);
    }

    private async Task<(int Sent, int NoRecipient)> SendEachAsync(List<int> ids, InvoiceSendKind kind, string portalLink, IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        var (sent, noRecipient) = (0, 0);
        progress?.Report((0, ids.Count));
        foreach (var (id, index) in ids.Select((id, index) => (id, index)))
        {
            switch (await SendAsync(id, kind, portalLink, ct))
            {
                case Outcome.Sent:
                    sent++;
                    break;
                case Outcome.NoRecipient:
                    noRecipient++;
                    break;
            }

            db.ChangeTracker.Clear();
            progress?.Report((index + 1, ids.Count));
        }

        return (sent, noRecipient);
    }
}
