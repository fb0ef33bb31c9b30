namespace Ecomuna.Web.Pages.Admin.Contacts;

/// <summary>The secretariat adds a contact person to a member, possibly as one of its delegates.</summary>
public sealed class CreateModel(EcomunaDbContext db, SwedishTime swedishTime, IStringLocalizer<OrganisationResource> text) : PageModel
{
    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public string MemberName { get; private set; } = "";

    public int MemberId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int memberId)
    {
        var name = await db.Members.Where(m => m.Id == memberId).Select(m => m.Name).SingleOrDefaultAsync();
        if (name is null)
        {
            return NotFound();
        }

        (MemberId, MemberName) = (memberId, name);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int memberId)
    {
        var member = await db.Members.Include(m => m.Contacts).SingleOrDefaultAsync(m => m.Id == memberId);
        if (member is null)
        {
            return NotFound();
        }

        (MemberId, MemberName) = (member.Id, member.Name);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var today = swedishTime.Today;
        var contact = new ContactPerson { Role = Input.Role!.Value, StartedOn = today };
        Input.ApplyDetailsTo(contact);
        member.Contacts.Add(contact);
        if (member.SetDelegate(contact, Input.IsDelegate, today) is { } violation)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.IsDelegate)}", text.Describe(violation, member, contact, today));
            return Page();
        }

        await db.SaveChangesAsync();
        TempData["StatusMessage"] = text["Contact.Added", contact.FullName].Value;
        return RedirectToPage("/Admin/Contacts/Member", new { memberId = member.Id });
    }
}
