using Ecomuna.Core.Email;

namespace Ecomuna.Core.Invoicing;

/// <summary>The mail that carries an invoice, credit note or reminder.</summary>
public static class InvoiceTemplates
{
    /// <summary>
    /// An invoice, credit note or reminder with its PDF attached. A <paramref name="link"/> of null means a personal
    /// invoice (an event fee of a guest or network member), which has no page in the portal to point to.
    /// </summary>
    public static EmailMessage Invoice(this EmailTemplates templates, string to, string displayName, InvoiceSendKind kind, bool isCreditNote, long number, string association, string total, string dueDate, string ocr, string bankgiro, string? link, EmailAttachment pdf)
    {
        var template = (link is null ? "Personal" : "") + (kind == InvoiceSendKind.Reminder ? "InvoiceReminder" : isCreditNote ? "CreditNote" : "Invoice");
        return templates.Build(to, template, displayName, link, number, association, total, dueDate, ocr, bankgiro) with { Attachments = [pdf] };
    }
}
