using Ecomuna.Core.Invoicing;

namespace Ecomuna.Web.Pages.Admin.Payments;

/// <summary>
/// The payments someone has to decide about: those that matched no invoice (assign one, or set the payment aside
/// with a note) and those whose amount differed from what was owed (mark as reviewed); and the imported files.
/// </summary>
public sealed class IndexModel(EcomunaDbContext db, IStringLocalizer<PaymentsResource> text) : PageModel
{
    public const int PageSize = 20;

    /// <summary>The names of the forms, to show a failed form's errors in its own row.</summary>
    public const string AssignForm = "Assign";
    public const string SetAsideForm = "SetAside";
    public const string ReviewForm = "Review";

    [BindProperty(SupportsGet = true, Name = "unmatchedPage")]
    public int UnmatchedPage { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "mismatchedPage")]
    public int MismatchedPage { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "filesPage")]
    public int FilesPage { get; set; } = 1;

    public Page<UnmatchedRow> Unmatched { get; private set; } = Paging.Empty<UnmatchedRow>();

    public Page<MismatchedRow> Mismatched { get; private set; } = Paging.Empty<MismatchedRow>();

    public Page<FileRow> Files { get; private set; } = Paging.Empty<FileRow>();

    /// <summary>The payment and form whose post failed, so that its row shows the errors and keeps what was typed.</summary>
    public (int PaymentId, string Form)? Failed { get; private set; }

    public string? AttemptedValue { get; private set; }

    public sealed record UnmatchedRow(int Id, DateOnly PaidOn, decimal Amount, string? Reference, string? PayerName, string? FileName);

    public sealed record MismatchedRow(int Id, DateOnly PaidOn, decimal Amount, string? Reference, string? PayerName, int InvoiceId, long InvoiceNumber, decimal InvoiceTotal, decimal InvoicePaid)
    {
        /// <summary>What was outstanding on the invoice apart from this payment.</summary>
        public decimal Expected => InvoiceTotal - (InvoicePaid - Amount);

        /// <summary>What is outstanding now; negative when the invoice is overpaid.</summary>
        public decimal Outstanding => InvoiceTotal - InvoicePaid;
    }

    public sealed record FileRow(int Id, DateTimeOffset ImportedAt, string FileName, string ImportedBy, int PaymentCount, int MatchedCount, decimal Total);

    public sealed class AssignInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Payment.InvoiceNumber")]
        public long? InvoiceNumber { get; set; }
    }

    public sealed class SetAsideInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(500, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Payment.SetAsideNote")]
        public string? Note { get; set; }
    }

    public sealed class ReviewInput
    {
        [MaxLength(500, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Payment.ReviewNote")]
        public string? Note { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>Registers an unmatched payment on the invoice with the number entered.</summary>
    public async Task<IActionResult> OnPostAssignAsync(int id, [FromForm(Name = AssignForm)] AssignInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.Id == id && p.NeedsReview && p.InvoiceId == null, ct);
        if (payment is null)
        {
            return AlreadyHandled();
        }

        var key = $"{AssignForm}.{nameof(AssignInput.InvoiceNumber)}";
        if (payment.Amount <= 0)
        {
            ModelState.AddModelError(key, text["Review.DeductionCannotBeAssigned"]);
        }
        else if (ModelState.IsValid)
        {
            var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Number == input.InvoiceNumber, ct);
            if (invoice is null)
            {
                ModelState.AddModelError(key, text["Review.NoSuchInvoice", input.InvoiceNumber!.Value]);
            }
            else if (invoice.Kind == InvoiceKind.CreditNote)
            {
                ModelState.AddModelError(key, text["Review.IsCreditNote", invoice.Number]);
            }
            else if (!invoice.AcceptsPayments)
            {
                ModelState.AddModelError(key, text["Review.IsCredited", invoice.Number]);
            }
            else
            {
                // Someone chose this invoice knowing the amount, so the payment needs no further review.
                invoice.ApplyPayment(payment);
                payment.NeedsReview = false;
                await db.SaveChangesAsync(ct);
                var state = invoice.Outstanding switch
                {
                    0 => text["Review.InvoicePaid"].Value,
                    > 0 and var left => text["Review.InvoiceOutstanding", Money.Format(left, 2)].Value,
                    var over => text["Review.InvoiceOverpaid", Money.Format(-over, 2)].Value,
                };
                TempData["StatusMessage"] = text["Review.Assigned", Money.Format(payment.Amount, 2), invoice.Number, state].Value;
                return RedirectToPage(PageRoute());
            }
        }

        return await FailedAsync(id, AssignForm, key, ct);
    }

    /// <summary>Leaves an unmatched payment without an invoice, with the reason written down (e.g. refunded to the payer).</summary>
    public async Task<IActionResult> OnPostSetAsideAsync(int id, [FromForm(Name = SetAsideForm)] SetAsideInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.Id == id && p.NeedsReview && p.InvoiceId == null, ct);
        if (payment is null)
        {
            return AlreadyHandled();
        }

        if (!ModelState.IsValid)
        {
            return await FailedAsync(id, SetAsideForm, $"{SetAsideForm}.{nameof(SetAsideInput.Note)}", ct);
        }

        payment.NeedsReview = false;
        payment.ReviewNote = input.Note!.Trim();
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["Review.SetAside", Money.Format(payment.Amount, 2)].Value;
        return RedirectToPage(PageRoute());
    }

    /// <summary>Accepts a partial payment or an overpayment as it is.</summary>
    public async Task<IActionResult> OnPostReviewAsync(int id, [FromForm(Name = ReviewForm)] ReviewInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.Id == id && p.NeedsReview && p.InvoiceId != null, ct);
        if (payment is null)
        {
            return AlreadyHandled();
        }

        if (!ModelState.IsValid)
        {
            return await FailedAsync(id, ReviewForm, $"{ReviewForm}.{nameof(ReviewInput.Note)}", ct);
        }

        payment.NeedsReview = false;
        payment.ReviewNote = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["Review.Reviewed", Money.Format(payment.Amount, 2)].Value;
        return RedirectToPage(PageRoute());
    }

    /// <summary>The errors of the field of the failed form, for its row.</summary>
    public IReadOnlyList<string> ErrorsOf(int paymentId, string form, string field) =>
        Failed == (paymentId, form) && ModelState.TryGetValue($"{form}.{field}", out var entry)
            ? [.. entry.Errors.Select(e => e.ErrorMessage)]
            : [];

    /// <summary>The list page numbers as query-string values, with one of them changed.</summary>
    public Dictionary<string, string> PageRoute(string? list = null, int pageNo = 1)
    {
        var values = new Dictionary<string, string>();
        void Add(string key, int value)
        {
            var number = key == list ? pageNo : value;
            if (number > 1)
            {
                values[key] = number.ToString(CultureInfo.InvariantCulture);
            }
        }

        Add("unmatchedPage", UnmatchedPage);
        Add("mismatchedPage", MismatchedPage);
        Add("filesPage", FilesPage);
        return values;
    }

    /// <summary>Where a row's form posts: the payment and the list pages, so the answer shows the same pages.</summary>
    public Dictionary<string, string> FormRoute(int paymentId)
    {
        var values = PageRoute();
        values["id"] = paymentId.ToString(CultureInfo.InvariantCulture);
        return values;
    }

    public string LocalTime(DateTimeOffset at) => SwedishTime.ToSwedish(at.UtcDateTime).ToString("g", CultureInfo.CurrentCulture);

    private RedirectToPageResult AlreadyHandled()
    {
        TempData["WarningMessage"] = text["Review.AlreadyHandled"].Value;
        return RedirectToPage(PageRoute());
    }

    private async Task<IActionResult> FailedAsync(int id, string form, string key, CancellationToken ct)
    {
        Failed = (id, form);
        AttemptedValue = ModelState.TryGetValue(key, out var entry) ? entry.AttemptedValue : null;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var unmatched = db.Payments.Where(p => p.NeedsReview && p.InvoiceId == null);
        Unmatched = await unmatched
            .OrderBy(p => p.Id)
            .Select(p => new UnmatchedRow(p.Id, p.PaidOn, p.Amount, p.Reference, p.PayerName,
                db.BgMaxImports.Where(i => i.Id == p.BgMaxImportId).Select(i => i.FileName).FirstOrDefault()))
            .ToPageAsync(UnmatchedPage, PageSize, ct);
        UnmatchedPage = Unmatched.Number;

        var mismatched =
            from p in db.Payments
            where p.NeedsReview && p.InvoiceId != null
            join i in db.Invoices on p.InvoiceId equals i.Id
            select new { Payment = p, Invoice = i };
        Mismatched = await mismatched
            .OrderBy(m => m.Payment.Id)
            .Select(m => new MismatchedRow(m.Payment.Id, m.Payment.PaidOn, m.Payment.Amount, m.Payment.Reference, m.Payment.PayerName,
                m.Invoice.Id, m.Invoice.Number, m.Invoice.Total, m.Invoice.PaidAmount))
            .ToPageAsync(MismatchedPage, PageSize, ct);
        MismatchedPage = Mismatched.Number;

        Files = await db.BgMaxImports
            .OrderByDescending(i => i.Id)
            .Select(i => new FileRow(i.Id, i.ImportedAt, i.FileName, i.ImportedBy, i.PaymentCount, i.MatchedCount, i.Total))
            .ToPageAsync(FilesPage, PageSize, ct);
        FilesPage = Files.Number;
    }

}
