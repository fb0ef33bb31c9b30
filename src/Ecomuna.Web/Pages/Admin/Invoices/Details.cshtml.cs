using Ecomuna.Core.Audit;
using Ecomuna.Core.Invoicing;

namespace Ecomuna.Web.Pages.Admin.Invoices;

/// <summary>One invoice or credit note: what it says, its payments and sends, and what the secretariat can do with it.</summary>
public sealed class DetailsModel(
    EcomunaDbContext db, TimeProvider clock, SwedishTime swedishTime, IOptions<InvoicingOptions> options, IStringLocalizer<InvoicingResource> text, InvoiceDocuments documents, InvoiceMail mail,
    AuditLog audit)
    : PageModel
{
    [BindProperty]
    public PaymentInput Payment { get; set; } = new();

    public Invoice Invoice { get; private set; } = null!;

    public InvoiceStatus Status { get; private set; }

    public long? CreditedInvoiceNumber { get; private set; }

    public IReadOnlyList<CreditNoteLink> CreditNotes { get; private set; } = [];

    public IReadOnlyList<InvoiceSend> Sends { get; private set; } = [];

    /// <summary>For an event's fees: the event's title.</summary>
    public string? EventTitle { get; private set; }

    public sealed record CreditNoteLink(int Id, long Number);

    public sealed class PaymentInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Payment.PaidOn")]
        public DateOnly? PaidOn { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Range(typeof(decimal), "0.01", "10000000", ErrorMessage = "Validation.Amount", ParseLimitsInInvariantCulture = true)]
        [Display(Name = "Field.Payment.Amount")]
        public decimal? Amount { get; set; }

        [MaxLength(35, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Payment.Reference")]
        public string? Reference { get; set; }
    }

    private DateOnly Today => swedishTime.Today;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Payment.PaidOn = Today;
        Payment.Amount = Invoice.Outstanding > 0 ? Invoice.Outstanding : null;
        return Page();
    }

    public async Task<IActionResult> OnPostPaymentAsync(int id, CancellationToken ct)
    {
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (invoice is null)
        {
            return NotFound();
        }

        if (!invoice.AcceptsPayments)
        {
            ModelState.AddModelError("", text["Invoice.NoPaymentOnCredited"]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(id, ct);
            return Page();
        }

        invoice.ApplyPayment(new Payment
        {
            PaidOn = Payment.PaidOn!.Value,
            Amount = Payment.Amount!.Value,
            Source = PaymentSource.Manual,
            Reference = string.IsNullOrWhiteSpace(Payment.Reference) ? null : Payment.Reference.Trim(),
            RegisteredAt = clock.GetUtcNow(),
            RegisteredBy = User.Identity?.Name ?? "",
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A bank file or another admin paid the invoice since the page was read; nothing was saved.
            ModelState.AddModelError("", text["Invoice.ChangedMeanwhile"]);
            await LoadAsync(id, ct);
            return Page();
        }

        TempData["StatusMessage"] = text["Invoice.PaymentRegistered", Money(Payment.Amount.Value), invoice.Number].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCreditAsync(int id, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var note = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await InvoiceNumberSeries.TakeAsync(db, options.Value.FirstNumber, 0, ct);
            var invoice = await db.Invoices.Include(i => i.Lines).SingleOrDefaultAsync(i => i.Id == id, ct);
            if (invoice is null || invoice.Kind == InvoiceKind.CreditNote || invoice.IsCredited)
            {
                return null;
            }

            var number = await InvoiceNumberSeries.TakeAsync(db, options.Value.FirstNumber, 1, ct);
            var creditNote = invoice.CreditNote(number, OcrReference.Create(number), Today, clock.GetUtcNow(), User.Identity?.Name ?? "")!;
            db.Invoices.Add(creditNote);
            await audit.RecordAsync(
                AuditKind.InvoiceCredited, $"Credited invoice {invoice.Number} with credit note {creditNote.Number}",
                new AuditTarget(nameof(Invoice), invoice.Id.ToString(CultureInfo.InvariantCulture)), ct: ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return creditNote;
        });
        if (note is null)
        {
            return await db.Invoices.AnyAsync(i => i.Id == id, ct) ? RedirectToPage(new { id }) : NotFound();
        }

        TempData["StatusMessage"] = text["Invoice.Credited", note.Number].Value;
        return RedirectToPage(new { id = note.Id });
    }

    public async Task<IActionResult> OnGetPdfAsync(int id, CancellationToken ct)
    {
        var pdf = await documents.RenderAsync(id, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ct: ct);
        return pdf is null ? NotFound() : File(pdf.Content, "application/pdf", pdf.FileName);
    }

    public Task<IActionResult> OnPostSendAsync(int id, CancellationToken ct) => SendAsync(id, InvoiceSendKind.Invoice, "Invoice.Sent", ct);

    public Task<IActionResult> OnPostRemindAsync(int id, CancellationToken ct) => SendAsync(id, InvoiceSendKind.Reminder, "Invoice.Reminded", ct);

    private async Task<IActionResult> SendAsync(int id, InvoiceSendKind kind, string doneText, CancellationToken ct)
    {
        var number = await db.Invoices.Where(i => i.Id == id).Select(i => (long?)i.Number).SingleOrDefaultAsync(ct);
        if (number is null)
        {
            return NotFound();
        }

        var outcome = await mail.SendAsync(id, kind, Url.Page("/Organisation/Invoices/Index", null, null, Request.Scheme)!, ct);
        if (outcome == InvoiceMail.Outcome.Sent)
        {
            await audit.SaveAsync(
                kind == InvoiceSendKind.Reminder ? AuditKind.InvoiceRemindersSent : AuditKind.InvoicesSent,
                kind == InvoiceSendKind.Reminder ? $"Emailed a payment reminder of invoice {number}" : $"Emailed invoice {number}",
                new AuditTarget(nameof(Invoice), id.ToString(CultureInfo.InvariantCulture)), ct: ct);
        }

        TempData["StatusMessage"] = outcome == InvoiceMail.Outcome.Sent ? text[doneText, number].Value : text["Invoice.NoRecipient"].Value;
        return RedirectToPage(new { id });
    }

    private static string Money(decimal amount) => Ecomuna.Core.Localization.Money.Format(amount, 2);

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var invoice = await db.Invoices.AsNoTracking()
            .Include(i => i.Lines.OrderBy(l => l.Id))
            .Include(i => i.Payments.OrderBy(p => p.PaidOn))
            .SingleOrDefaultAsync(i => i.Id == id, ct);
        if (invoice is null)
        {
            return false;
        }

        Invoice = invoice;
        Status = invoice.StatusOn(Today);
        CreditedInvoiceNumber = invoice.CreditedInvoiceId is { } credited
            ? await db.Invoices.Where(i => i.Id == credited).Select(i => (long?)i.Number).SingleAsync(ct)
            : null;
        CreditNotes = await db.Invoices.Where(i => i.CreditedInvoiceId == id).Select(i => new CreditNoteLink(i.Id, i.Number)).ToListAsync(ct);
        Sends = await db.InvoiceSends.Where(s => s.InvoiceId == id).OrderBy(s => s.Id).ToListAsync(ct);
        EventTitle = invoice.EventId is { } eventId ? await db.Events.Where(e => e.Id == eventId).Select(e => e.Title).SingleAsync(ct) : null;
        return true;
    }
}
