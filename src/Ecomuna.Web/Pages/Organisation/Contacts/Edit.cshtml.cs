using Ecomuna.Core.Audit;

namespace Ecomuna.Web.Pages.Organisation.Contacts;

/// <summary>
/// A contact person edits a colleague's or their own details. The role of a delegate stays as it is: delegates are
/// the secretariat's to change.
/// </summary>
public sealed class EditModel(EcomunaDbContext db, UserManager<AppUser> users, TimeProvider clock, AuditLog audit, IStringLocalizer<OrganisationResource> text) : PageModel
{
    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public string FullName { get; private set; } = "";

    public bool IsDelegate { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var memberId = await db.ActingMemberIdAsync(users, User);
        var today = clock.Today();
        var contact = await db.ContactPersons.SingleOrDefaultAsync(c => c.Id == id && c.MemberId == memberId && (c.EndedOn == null || c.EndedOn > today));
        if (contact is null)
        {
            return NotFound();
        }

        (FullName, IsDelegate) = (contact.FullName, contact.IsDelegate);
        Input = ContactInput.From(contact);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var memberId = await db.ActingMemberIdAsync(users, User);
        var today = clock.Today();
        var contact = await db.ContactPersons.SingleOrDefaultAsync(c => c.Id == id && c.MemberId == memberId && (c.EndedOn == null || c.EndedOn > today));
        if (contact is null)
        {
            return NotFound();
        }

        (FullName, IsDelegate) = (contact.FullName, contact.IsDelegate);
        if (contact.IsDelegate)
        {
            // The form shows no role for a delegate; whatever was posted, it stays.
            Input.Role = contact.Role;
            ModelState.Remove($"{nameof(Input)}.{nameof(Input.Role)}");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var oldRole = contact.Role;
        Input.ApplyDetailsTo(contact);
        contact.Role = Input.Role!.Value;
        if (ContactRoleAudit.Change(contact, await db.Members.Where(m => m.Id == contact.MemberId).Select(m => m.Name).SingleAsync(), oldRole, contact.IsDelegate) is { } change)
        {
            await audit.RecordAsync(AuditKind.ContactRoleChanged, change, ContactRoleAudit.Target(contact));
        }

        await db.SaveChangesAsync();
        TempData["StatusMessage"] = text["Contact.Saved", contact.FullName].Value;
        return RedirectToPage("/Organisation/Index");
    }
}
