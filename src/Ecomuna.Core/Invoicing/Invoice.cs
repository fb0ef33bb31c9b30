namespace Ecomuna.Core.Invoicing;

public enum InvoiceKind
{
    Invoice = 1,
    CreditNote = 2,
}

/// <summary>Where an invoice stands, derived from its kind, payments, credit and due date.</summary>
public enum InvoiceStatus
{
    Open = 1,
    Overdue = 2,
    Paid = 3,
    Credited = 4,
    CreditNote = 5,
}

/// <summary>
/// An issued invoice or credit note. Everything the document shows is copied in when it is issued, so the invoice
/// stays as it was sent even when the member's details change later. Issued invoices are never edited or deleted:
/// a correction is a credit note that refers to the invoice.
/// </summary>
public sealed class Invoice
{
    public int Id { get; set; }

    /// <summary>Sequential, without gaps, shared by invoices and credit notes.</summary>
    public long Number { get; set; }

    public InvoiceKind Kind { get; private set; } = InvoiceKind.Invoice;

    /// <summary>For a credit note: the invoice it credits.</summary>
    public int? CreditedInvoiceId { get; private set; }
    public Invoice? CreditedInvoice { get; set; }

    /// <summary>For an invoice: true once credit notes have cancelled all of its lines.</summary>
    public bool IsCredited { get; private set; }

    /// <summary>For an invoice: the sum of the credit notes that cancelled some or all of its lines.</summary>
    public decimal CreditedAmount { get; private set; }

    /// <summary>The member invoiced; null for an event fee charged to a guest or a network member.</summary>
    public int? MemberId { get; set; }

    /// <summary>For an event's fees: the event the invoice charges for.</summary>
    public int? EventId { get; set; }

    /// <summary>The year of the membership fee, for yearly fee invoices; at most one per member and year.</summary>
    public int? FeeYear { get; set; }
    public int? FeeScheduleId { get; set; }
    public FeeSchedule? FeeSchedule { get; set; }
    public int? PopulationUsed { get; set; }

    public DateOnly IssueDate { get; set; }
    public DateOnly DueDate { get; set; }
    public string OcrReference { get; set; } = "";

    public string BuyerName { get; set; } = "";
    public string BuyerAddress { get; set; } = "";
    public string? BuyerReference { get; set; }
    public string? BuyerOrganisationNumber { get; set; }

    public decimal NetAmount { get; set; }
    public decimal VatAmount { get; set; }
    public decimal Total { get; set; }

    /// <summary>The sum of the payments registered against this invoice.</summary>
    public decimal PaidAmount { get; private set; }

    public DateTimeOffset IssuedAt { get; set; }
    public string IssuedBy { get; set; } = "";

    public List<InvoiceLine> Lines { get; } = [];
    public List<Payment> Payments { get; } = [];

    public decimal Outstanding => Kind == InvoiceKind.CreditNote || IsCredited ? 0 : Total - CreditedAmount - PaidAmount;

    public InvoiceStatus StatusOn(DateOnly today) =>
        Kind == InvoiceKind.CreditNote ? InvoiceStatus.CreditNote
        : IsCredited ? InvoiceStatus.Credited
        : PaidAmount + CreditedAmount >= Total ? InvoiceStatus.Paid
        : DueDate < today ? InvoiceStatus.Overdue
        : InvoiceStatus.Open;

    /// <summary>Only an invoice that has not been credited can be paid; a credit note or a credited invoice takes no payments.</summary>
    public bool AcceptsPayments => Kind == InvoiceKind.Invoice && !IsCredited;

    /// <summary>
    /// The rule for money received against this invoice, from the bank file or entered by hand: registers the payment
    /// and tells whether it was exactly the amount outstanding before it. A partial payment or an overpayment is still
    /// registered (partial payments add up, an overpayment shows as a negative outstanding amount); the caller decides
    /// whether someone should look at it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The invoice does not accept payments (see <see cref="AcceptsPayments"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is not more than zero (a bank deduction is never applied to an invoice).</exception>
    public bool ApplyPayment(Payment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        if (!AcceptsPayments)
        {
            throw new InvalidOperationException($"Invoice {Number} is a credit note or credited and takes no payments.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(payment.Amount);
        var settlesExactly = payment.Amount == Outstanding;
        payment.InvoiceId = Id;
        Payments.Add(payment);
        PaidAmount += payment.Amount;
        return settlesExactly;
    }

    /// <summary>Where a member's invoices go: the invoice address, else the postal address; null when there is neither.</summary>
    public static string? AddressOf(string? invoiceAddress, string? streetAddress, string? postalCode, string? city)
    {
        if (!string.IsNullOrWhiteSpace(invoiceAddress))
        {
            return invoiceAddress.Trim();
        }

        if (string.IsNullOrWhiteSpace(streetAddress) || string.IsNullOrWhiteSpace(city))
        {
            return null;
        }

        return $"{streetAddress.Trim()}\n{postalCode?.Trim()} {city.Trim()}".Replace("\n ", "\n", StringComparison.Ordinal);
    }

    /// <summary>Adds the lines and sets the totals: VAT per line, rounded to öre, the total to whole kronor.</summary>
    public void SetLines(IEnumerable<InvoiceLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        Lines.AddRange(lines);
        NetAmount = Lines.Sum(l => l.Amount);
        VatAmount = Lines.Sum(l => Math.Round(l.Amount * l.VatRate, 2, MidpointRounding.AwayFromZero));
        Total = FeeSchedule.WholeKronor(NetAmount + VatAmount);
    }

    /// <summary>Makes the credit note that cancels what is left of this invoice, or null when it is already credited or is a credit note.</summary>
    public Invoice? CreditNote(long number, string ocrReference, DateOnly today, DateTimeOffset now, string issuedBy) =>
        CreditLines(Lines.Where(l => l.CreditNote is null && l.CreditNoteId is null), number, ocrReference, today, now, issuedBy);

    /// <summary>
    /// Makes the credit note that cancels <paramref name="lines"/> of this invoice, or null when there is nothing to
    /// credit. The invoice is credited in full once every line is; until then what it asks for is reduced by the note.
    /// </summary>
    public Invoice? CreditLines(IEnumerable<InvoiceLine> lines, long number, string ocrReference, DateOnly today, DateTimeOffset now, string issuedBy)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var toCredit = lines.Where(l => Lines.Contains(l) && l.CreditNote is null && l.CreditNoteId is null).ToList();
        if (Kind == InvoiceKind.CreditNote || IsCredited || toCredit.Count == 0)
        {
            return null;
        }

        var note = new Invoice
        {
            Number = number,
            Kind = InvoiceKind.CreditNote,
            CreditedInvoiceId = Id,
            MemberId = MemberId,
            EventId = EventId,
            IssueDate = today,
            DueDate = today,
            OcrReference = ocrReference,
            BuyerName = BuyerName,
            BuyerAddress = BuyerAddress,
            BuyerReference = BuyerReference,
            BuyerOrganisationNumber = BuyerOrganisationNumber,
            IssuedAt = now,
            IssuedBy = issuedBy,
        };
        note.SetLines(toCredit.Select(l => new InvoiceLine { Description = l.Description, Quantity = l.Quantity, UnitPrice = l.UnitPrice, VatRate = l.VatRate, Amount = l.Amount }));
        foreach (var line in toCredit)
        {
            line.CreditNote = note;
        }

        CreditedAmount += note.Total;
        IsCredited = Lines.All(l => l.CreditNote is not null || l.CreditNoteId is not null);
        return note;
    }
}

public sealed class InvoiceLine
{
    public int Id { get; set; }
    public int InvoiceId { get; set; }
    public string Description { get; set; } = "";
    public decimal Quantity { get; set; } = 1;
    public decimal UnitPrice { get; set; }

    /// <summary>0.25 for 25 %.</summary>
    public decimal VatRate { get; set; }

    /// <summary>Quantity × unit price, without VAT.</summary>
    public decimal Amount { get; set; }

    /// <summary>The credit note that cancelled this line, once one has.</summary>
    public int? CreditNoteId { get; set; }
    public Invoice? CreditNote { get; set; }
}
