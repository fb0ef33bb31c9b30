using Ecomuna.Core.Audit;

namespace Ecomuna.Web.Pages.Admin.Contacts;

/// <summary>The secretariat edits a contact person, including the role and whether they are a delegate.</summary>
public sealed class EditModel(EcomunaDbContext db, SwedishTime swedishTime, AuditLog audit, IStringLocalizer<OrganisationResource> text) : PageModel
{
    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public string MemberName { get; private set; } = "";

    public int MemberId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var contact = await db.ContactPersons.Include(c => c.Member).SingleOrDefaultAsync(c => c.Id == id);
        if (contact is null)
        {
            return NotFound();
        }

        (MemberId, MemberName) = (contact.MemberId, contact.Member!.Name);
        Input = ContactInput.From(contact);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var contact = await db.ContactPersons.Include(c => c.Member!).ThenInclude(m => m.Contacts).SingleOrDefaultAsync(c => c.Id == id);
        if (contact is null)
        {
            return NotFound();
        }

        var member = contact.Member!;
        (MemberId, MemberName) = (member.Id, member.Name);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var today = swedishTime.Today;
        var (oldRole, wasDelegate) = (contact.Role, contact.IsDelegate);
        Input.ApplyDetailsTo(contact);
        contact.Role = Input.Role!.Value;
        if (member.SetDelegate(contact, Input.IsDelegate, today) is { } violation)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.IsDelegate)}", text.Describe(violation, member, contact, today));
            return Page();
        }

        if (ContactRoleAudit.Change(contact, member.Name, oldRole, wasDelegate) is { } change)
        {
            await audit.RecordAsync(AuditKind.ContactRoleChanged, change, ContactRoleAudit.Target(contact));
        }

        await db.SaveChangesAsync();
        TempData["StatusMessage"] = text["Contact.Saved", contact.FullName].Value;
        return RedirectToPage("/Admin/Contacts/Member", new { memberId = member.Id });
    }
}
