namespace Ecomuna.Web.Pages.Organisation;

/// <summary>A person who is a contact at several members chooses which one to act for.</summary>
public sealed class ActForModel(EcomunaDbContext db, UserManager<AppUser> users, TimeProvider clock, IStringLocalizer<OrganisationResource> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<MemberChoice> Choices { get; private set; } = [];

    public sealed record MemberChoice(int Id, string Name);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.ContactMember.ActFor")]
        public int? MemberId { get; set; }
    }

    public async Task OnGetAsync()
    {
        Choices = await ChoicesAsync();
        Input.MemberId = await db.ActingMemberIdAsync(users, User);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Choices = await ChoicesAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var choice = Choices.SingleOrDefault(c => c.Id == Input.MemberId);
        if (choice is null)
        {
            return NotFound();
        }

        var userId = users.GetUserId(User);
        var user = await db.Users.SingleAsync(u => u.Id == userId);
        user.MemberId = choice.Id;
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = text["Organisation.ActFor.Done", choice.Name].Value;
        return RedirectToPage("/Organisation/Index");
    }

    private async Task<List<MemberChoice>> ChoicesAsync()
    {
        var userId = users.GetUserId(User);
        var today = clock.Today();
        return await db.Members
            .Where(m => m.Contacts.Any(c => c.UserId == userId && (c.EndedOn == null || c.EndedOn > today)))
            .OrderBy(m => m.Name)
            .Select(m => new MemberChoice(m.Id, m.Name))
            .ToListAsync();
    }
}
