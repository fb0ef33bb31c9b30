namespace Ecomuna.Web.Pages.Organisation.Contacts;

/// <summary>A contact person adds a colleague; only the secretariat makes someone a delegate.</summary>
public sealed class CreateModel(EcomunaDbContext db, UserManager<AppUser> users, TimeProvider clock, IStringLocalizer<OrganisationResource> text) : PageModel
{
    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public string MemberName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var memberId = await db.ActingMemberIdAsync(users, User);
        var name = await db.Members.Where(m => m.Id == memberId).Select(m => m.Name).SingleOrDefaultAsync();
        if (name is null)
        {
            return Forbid();
        }

        MemberName = name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var memberId = await db.ActingMemberIdAsync(users, User);
        var member = await db.Members.SingleOrDefaultAsync(m => m.Id == memberId);
        if (member is null)
        {
            return Forbid();
        }

        MemberName = member.Name;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var contact = new ContactPerson { Role = Input.Role!.Value, StartedOn = clock.Today() };
        Input.ApplyDetailsTo(contact);
        member.Contacts.Add(contact);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = text["Contact.Added", contact.FullName].Value;
        return RedirectToPage("/Organisation/Index");
    }
}
