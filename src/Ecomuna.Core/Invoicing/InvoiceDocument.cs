namespace Ecomuna.Core.Invoicing;

public enum InvoiceDocumentKind
{
    Invoice = 1,
    CreditNote = 2,
    Reminder = 3,
}

/// <summary>The buyer, printed in the address window of the envelope.</summary>
public sealed record InvoiceParty(string Name, IReadOnlyList<string> AddressLines, string? OrganisationNumber);

/// <summary>The issuer, printed at the top and, with its registration details, in the footer.</summary>
public sealed record InvoiceSeller(
    string Name,
    IReadOnlyList<string> AddressLines,
    string OrganisationNumber,
    string Bankgiro,
    string? VatNumber,
    string? Email,
    string? Website,
    bool RegisteredForFTax);

/// <summary>One line of the invoice. <paramref name="VatRate"/> is a fraction (0.25 is 25 %); <paramref name="Amount"/> excludes VAT.</summary>
public sealed record InvoiceDocumentLine(string Description, decimal Quantity, decimal UnitPrice, decimal VatRate, decimal Amount);

/// <summary>
/// Everything printed on an invoice, credit note or payment reminder, already decided and summed:
/// the renderer formats and lays out, it does not calculate. Amounts are in Swedish kronor as booked,
/// so a credit note carries negative amounts. <paramref name="Language"/> is "sv" or "en".
/// </summary>
public sealed record InvoiceDocument(
    InvoiceDocumentKind Kind,
    long Number,
    long? CreditedInvoiceNumber,
    DateOnly IssueDate,
    DateOnly DueDate,
    string OcrReference,
    string? BuyerReference,
    InvoiceSeller Seller,
    InvoiceParty Buyer,
    IReadOnlyList<InvoiceDocumentLine> Lines,
    decimal NetAmount,
    decimal VatAmount,
    decimal Total,
    string? VatExemptionNote,
    string Language);
