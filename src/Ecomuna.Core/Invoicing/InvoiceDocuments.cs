using Ecomuna.Core.Email;
using Ecomuna.Core.Invoicing;
using Microsoft.Extensions.Localization;

namespace Ecomuna.Core.Invoicing;

/// <summary>The PDF of an issued invoice, credit note or reminder, made from what the invoice holds and the association's details.</summary>
public sealed class InvoiceDocuments(EcomunaDbContext db, IOptions<AssociationOptions> association, IStringLocalizer<InvoicingResource> text)
{
    public sealed record Pdf(byte[] Content, string FileName);

    /// <summary>The PDF in the given language ("sv" or "en"), or null when there is no such invoice.</summary>
    public async Task<Pdf?> RenderAsync(int invoiceId, string language, bool asReminder = false, CancellationToken ct = default)
    {
        var invoice = await db.Invoices.AsNoTracking().Include(i => i.Lines).SingleOrDefaultAsync(i => i.Id == invoiceId, ct);
        if (invoice is null)
        {
            return null;
        }

        var creditedNumber = invoice.CreditedInvoiceId is { } credited
            ? await db.Invoices.Where(i => i.Id == credited).Select(i => (long?)i.Number).SingleAsync(ct)
            : null;
        return Render(invoice, creditedNumber, language, asReminder);
    }

    /// <summary>The PDF of an invoice read with its lines; safe to call from several threads at once.</summary>
    public Pdf Render(Invoice invoice, long? creditedNumber, string language, bool asReminder)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return EmailTemplates.InLanguage(language, () =>
        {
            var kind = invoice.Kind == InvoiceKind.CreditNote ? InvoiceDocumentKind.CreditNote : asReminder ? InvoiceDocumentKind.Reminder : InvoiceDocumentKind.Invoice;
            var sign = kind == InvoiceDocumentKind.CreditNote ? -1 : 1;
            var seller = association.Value;
            var document = new InvoiceDocument(
                kind,
                invoice.Number,
                creditedNumber,
                invoice.IssueDate,
                invoice.DueDate,
                kind == InvoiceDocumentKind.CreditNote ? "" : invoice.OcrReference,
                invoice.BuyerReference,
                new InvoiceSeller(seller.Name, seller.AddressLines, seller.OrganisationNumber, seller.Bankgiro, seller.VatNumber, seller.Email, seller.Website, seller.RegisteredForFTax),
                new InvoiceParty(invoice.BuyerName, invoice.BuyerAddress.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), invoice.BuyerOrganisationNumber),
                [.. invoice.Lines.OrderBy(l => l.Id).Select(l => new InvoiceDocumentLine(l.Description, sign * l.Quantity, l.UnitPrice, l.VatRate, sign * l.Amount))],
                sign * invoice.NetAmount,
                sign * invoice.VatAmount,
                sign * invoice.Total,
                invoice.VatAmount == 0 ? text["Pdf.NoVat"].Value : null,
                language);
            var name = text[$"Pdf.FileName.{kind}", invoice.Number].Value;
            return new Pdf(InvoicePdf.Render(document), name);
        });
    }
}
