using Ecomuna.Core.Invoicing;

namespace Ecomuna.Web.Pages.Admin.Invoices;

/// <summary>
/// The accounting export: a financial year's invoices, credit notes and payments as an SIE 4 file that Swedish
/// bookkeeping programs import. Payments not yet tied to an invoice are left out until the secretariat resolves them.
/// </summary>
public sealed class AccountingModel(EcomunaDbContext db, TimeProvider clock, SwedishTime swedishTime, IOptions<InvoicingOptions> invoicing, IOptions<AssociationOptions> association) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    public InvoicingOptions Accounts => invoicing.Value;

    public (DateOnly Start, DateOnly End) FinancialYear { get; private set; }

    public int InvoiceCount { get; private set; }

    public int PaymentCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        FinancialYear = FinancialYearOf(ChosenYear);
        var (start, end) = FinancialYear;
        InvoiceCount = await db.Invoices.CountAsync(i => i.IssueDate >= start && i.IssueDate <= end, ct);
        PaymentCount = await db.Payments.CountAsync(p => p.InvoiceId != null && p.PaidOn >= start && p.PaidOn <= end, ct);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var (start, end) = FinancialYearOf(ChosenYear);
        var invoices = await db.Invoices
            .Where(i => i.IssueDate >= start && i.IssueDate <= end)
            .Select(i => new AccountingInvoice(i.Number, i.Kind == InvoiceKind.CreditNote, i.IssueDate, i.BuyerName, i.NetAmount, i.VatAmount, i.Total))
            .ToListAsync(ct);
        var payments = await db.Payments
            .Where(p => p.InvoiceId != null && p.PaidOn >= start && p.PaidOn <= end && p.Amount > 0)
            .Join(db.Invoices, p => p.InvoiceId, i => i.Id, (p, i) => new AccountingPayment(i.Number, p.PaidOn, p.Amount))
            .ToListAsync(ct);
        var options = invoicing.Value;
        var accounts = new AccountingAccounts(options.ReceivablesAccount, options.RevenueAccount, options.OutputVatAccount, options.BankAccount);
        var document = new Sie4Document(
            association.Value.Name,
            association.Value.OrganisationNumber,
            start,
            end,
            clock.GetUtcNow(),
            "Ecomuna",
            typeof(AccountingModel).Assembly.GetName().Version?.ToString(3) ?? "1.0",
            new Dictionary<string, string>
            {
                [options.ReceivablesAccount] = "Kundfordringar",
                [options.RevenueAccount] = "Medlemsavgifter",
                [options.OutputVatAccount] = "Utgående moms",
                [options.BankAccount] = "Bank",
            },
            AccountingVouchers.Build(invoices, payments, accounts));
        return File(Sie4Writer.Write(document), "application/octet-stream", string.Create(CultureInfo.InvariantCulture, $"ecomuna-{start:yyyy}.se"));
    }

    private int ChosenYear => Year is >= 2000 and <= 2200 ? Year.Value : swedishTime.Year;

    private (DateOnly Start, DateOnly End) FinancialYearOf(int year)
    {
        var start = new DateOnly(year, invoicing.Value.FinancialYearStartMonth, 1);
        return (start, start.AddYears(1).AddDays(-1));
    }
}
