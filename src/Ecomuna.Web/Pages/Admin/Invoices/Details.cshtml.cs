using Ecomuna.Core.Data;
using Ecomuna.Core.Invoicing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ecomuna.Web.Pages.Admin.Invoices;

/// <summary>One invoice or credit note: what it says, its payments and sends, and what the secretariat can do with it.</summary>
public sealed class DetailsModel(EcomunaDbContext db, TimeProvider clock) : PageModel
{
    public Invoice Invoice { get; private set; } = null!;

    public InvoiceStatus Status { get; private set; }

    public long? CreditedInvoiceNumber { get; private set; }

    public IReadOnlyList<CreditNoteLink> CreditNotes { get; private set; } = [];

    public IReadOnlyList<InvoiceSend> Sends { get; private set; } = [];

    public sealed record CreditNoteLink(int Id, long Number);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var invoice = await db.Invoices.AsNoTracking()
            .Include(i => i.Lines)
            .Include(i => i.Payments.OrderBy(p => p.PaidOn))
            .SingleOrDefaultAsync(i => i.Id == id, ct);
        if (invoice is null)
        {
            return NotFound();
        }

        Invoice = invoice;
        Status = invoice.StatusOn(DateOnly.FromDateTime(clock.GetLocalNow().Date));
        CreditedInvoiceNumber = invoice.CreditedInvoiceId is { } credited
            ? await db.Invoices.Where(i => i.Id == credited).Select(i => (long?)i.Number).SingleAsync(ct)
            : null;
        CreditNotes = await db.Invoices.Where(i => i.CreditedInvoiceId == id).Select(i => new CreditNoteLink(i.Id, i.Number)).ToListAsync(ct);
        Sends = await db.InvoiceSends.Where(s => s.InvoiceId == id).OrderBy(s => s.SentAt).ToListAsync(ct);
        return Page();
    }
}
