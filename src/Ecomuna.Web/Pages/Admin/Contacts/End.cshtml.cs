using Ecomuna.Core.Audit;

namespace Ecomuna.Web.Pages.Admin.Contacts;

/// <summary>The secretariat ends a contact person's role as of today; a delegate loses the vote.</summary>
public sealed class EndModel(EcomunaDbContext db, SwedishTime swedishTime, AuditLog audit, IStringLocalizer<OrganisationResource> text) : PageModel
{
    public ContactView Contact { get; private set; } = null!;

    public sealed record ContactView(int MemberId, string MemberName, string FullName, ContactRole Role, bool IsDelegate, DateOnly? EndedOn);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var view = await db.ContactPersons
            .Where(c => c.Id == id)
            .Select(c => new ContactView(c.MemberId, c.Member!.Name, c.FirstName + " " + c.LastName, c.Role, c.IsDelegate, c.EndedOn))
            .SingleOrDefaultAsync();
        if (view is null)
        {
            return NotFound();
        }

        Contact = view;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var contact = await db.ContactPersons.Include(c => c.Member).SingleOrDefaultAsync(c => c.Id == id);
        if (contact is null)
        {
            return NotFound();
        }

        await audit.RecordAsync(
            AuditKind.ContactRoleChanged,
            $"Ended {contact.FullName} as {contact.Role}{(contact.IsDelegate ? " (delegate)" : "")} of {contact.Member!.Name}",
            ContactRoleAudit.Target(contact));
        contact.End(swedishTime.Today);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = text["Contact.Ended", contact.FullName].Value;
        return RedirectToPage("/Admin/Contacts/Member", new { memberId = contact.MemberId });
    }
}
