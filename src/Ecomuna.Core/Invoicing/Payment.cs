namespace Ecomuna.Core.Invoicing;

public enum PaymentSource
{
    Manual = 1,
    BgMax = 2,
}

/// <summary>
/// Money received. A payment from the bank file that matches no invoice has no invoice until the secretariat
/// assigns it or sets it aside; one whose amount differs from what was owed is applied and flagged for review.
/// </summary>
public sealed class Payment
{
    public int Id { get; set; }
    public int? InvoiceId { get; set; }
    public DateOnly PaidOn { get; set; }
    public decimal Amount { get; set; }
    public PaymentSource Source { get; set; }

    /// <summary>The reference the payer gave, usually the OCR number.</summary>
    public string? Reference { get; set; }
    public string? PayerName { get; set; }

    /// <summary>Bankgirot's serial number of the payment; a payment already imported is never imported again.</summary>
    public string? BankSerialNumber { get; set; }
    public int? BgMaxImportId { get; set; }

    /// <summary>True while the secretariat has still to look at it: no invoice matched, or the amount differed.</summary>
    public bool NeedsReview { get; set; }

    /// <summary>What the secretariat decided about a payment that needed review.</summary>
    public string? ReviewNote { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }
    public string RegisteredBy { get; set; } = "";
}

/// <summary>One imported BgMax file; the same file is never imported twice.</summary>
public sealed class BgMaxImport
{
    public int Id { get; set; }

    /// <summary>SHA-256 of the file's bytes, hex.</summary>
    public string FileHash { get; set; } = "";
    public string FileName { get; set; } = "";
    public DateTimeOffset ImportedAt { get; set; }
    public string ImportedBy { get; set; } = "";
    public int PaymentCount { get; set; }
    public int MatchedCount { get; set; }
    public decimal Total { get; set; }
}

public enum InvoiceSendKind
{
    Invoice = 1,
    Reminder = 2,
}

/// <summary>A record that an invoice, or a reminder of it, was emailed.</summary>
public sealed class InvoiceSend
{
    public int Id { get; set; }
    public int InvoiceId { get; set; }
    public InvoiceSendKind Kind { get; set; }
    public string To { get; set; } = "";
    public DateTimeOffset SentAt { get; set; }
}
