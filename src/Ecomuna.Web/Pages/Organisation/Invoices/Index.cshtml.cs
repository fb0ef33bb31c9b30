using Ecomuna.Core.Invoicing;

namespace Ecomuna.Web.Pages.Organisation.Invoices;

/// <summary>The invoices and credit notes of the member a contact person acts for, and how to pay what is open.</summary>
public sealed class IndexModel(EcomunaDbContext db, UserManager<AppUser> users, TimeProvider clock, IOptions<AssociationOptions> association) : PageModel
{
    public string MemberName { get; private set; } = "";

    /// <summary>Newest first.</summary>
    public IReadOnlyList<InvoiceRow> Rows { get; private set; } = [];

    public AssociationOptions Association => association.Value;

    /// <summary>The open and overdue invoices, oldest due date first: what to pay now.</summary>
    public IReadOnlyList<InvoiceRow> ToPay => [.. Rows.Where(r => r.Status is InvoiceStatus.Open or InvoiceStatus.Overdue).OrderBy(r => r.DueDate).ThenBy(r => r.Number)];

    /// <summary>A row of the list; a credit note's total is negative, as it reduces what the member owes.</summary>
    public sealed record InvoiceRow(int Id, long Number, InvoiceKind Kind, DateOnly IssueDate, DateOnly DueDate, string OcrReference, decimal Total, decimal Paid, decimal Outstanding, InvoiceStatus Status);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var memberId = await db.ActingMemberIdAsync(users, User);
        var name = await db.Members.Where(m => m.Id == memberId).Select(m => m.Name).SingleOrDefaultAsync(ct);
        if (memberId is null || name is null)
        {
            return Forbid();
        }

        MemberName = name;
        var today = clock.Today();

        // Whole invoices, so that status and outstanding come from the invoice's own rules.
        var invoices = await db.Invoices.AsNoTracking()
            .Where(i => i.MemberId == memberId)
            .OrderByDescending(i => i.IssueDate).ThenByDescending(i => i.Number)
            .ToListAsync(ct);
        Rows = [.. invoices.Select(i => new InvoiceRow(
            i.Id, i.Number, i.Kind, i.IssueDate, i.DueDate, i.OcrReference,
            i.Kind == InvoiceKind.CreditNote ? -i.Total : i.Total, i.PaidAmount, i.Outstanding, i.StatusOn(today)))];
        return Page();
    }
}
