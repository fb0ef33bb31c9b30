using Ecomuna.Core.Audit;

namespace Ecomuna.Web.Pages.Organisation.Contacts;

/// <summary>A contact person ends a colleague's role as contact. Delegates are ended by the secretariat.</summary>
public sealed class EndModel(EcomunaDbContext db, UserManager<AppUser> users, TimeProvider clock, AuditLog audit, IStringLocalizer<OrganisationResource> text) : PageModel
{
    public string FullName { get; private set; } = "";

    public ContactRole Role { get; private set; }

    public bool IsDelegate { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var contact = await LoadAsync(id);
        if (contact is null)
        {
            return NotFound();
        }

        (FullName, Role, IsDelegate) = (contact.FullName, contact.Role, contact.IsDelegate);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var contact = await LoadAsync(id);
        if (contact is null)
        {
            return NotFound();
        }

        (FullName, Role, IsDelegate) = (contact.FullName, contact.Role, contact.IsDelegate);
        if (contact.IsDelegate)
        {
            return Page();
        }

        await audit.RecordAsync(
            AuditKind.ContactRoleChanged,
            $"Ended {contact.FullName} as {contact.Role} of {await db.Members.Where(m => m.Id == contact.MemberId).Select(m => m.Name).SingleAsync()}",
            ContactRoleAudit.Target(contact));
        contact.End(clock.Today());
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = text["Contact.Ended", contact.FullName].Value;
        return RedirectToPage("/Organisation/Index");
    }

    private async Task<ContactPerson?> LoadAsync(int id)
    {
        var memberId = await db.ActingMemberIdAsync(users, User);
        var today = clock.Today();
        return await db.ContactPersons.SingleOrDefaultAsync(c => c.Id == id && c.MemberId == memberId && (c.EndedOn == null || c.EndedOn > today));
    }
}
