using Ecomuna.Core.Invoicing;

namespace Ecomuna.Web.Pages.Organisation.Invoices;

/// <summary>The PDF of one of the acting member's invoices; another member's invoice does not exist here.</summary>
public sealed class PdfModel(EcomunaDbContext db, UserManager<AppUser> users, InvoiceDocuments documents) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var memberId = await db.ActingMemberIdAsync(users, User);
        if (memberId is null || !await db.Invoices.AnyAsync(i => i.Id == id && i.MemberId == memberId, ct))
        {
            return NotFound();
        }

        var pdf = await documents.RenderAsync(id, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ct: ct);
        return File(pdf!.Content, "application/pdf", pdf.FileName);
    }
}
