using Ecomuna.Core.Governance;

namespace Ecomuna.Web.Pages.Admin.Governance;

/// <summary>Appoints a current contact person to the board, the forum or a working group for a term.</summary>
public sealed class AppointModel(EcomunaDbContext db, SwedishTime swedishTime, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<ContactOption> Contacts { get; private set; } = [];
    public IReadOnlyList<GroupOption> Groups { get; private set; } = [];

    public sealed record ContactOption(int Id, string Name, ContactRole Role, string Member);

    public sealed record GroupOption(int Id, string Name);

    public sealed class InputModel
    {
        [Display(Name = "Field.Body")]
        public GoverningBody Body { get; set; } = GoverningBody.Board;

        [Display(Name = "Field.WorkingGroup")]
        public int? WorkingGroupId { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.ContactPerson")]
        public int? ContactPersonId { get; set; }

        [Display(Name = "Governance.Seat")]
        public Seat Seat { get; set; } = Seat.Member;

        [Display(Name = "Field.IsChair")]
        public bool IsChair { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.TermFrom")]
        public DateOnly? From { get; set; }

        [Display(Name = "Field.TermTo")]
        public DateOnly? To { get; set; }
    }

    public async Task OnGetAsync()
    {
        Input.From = Today;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.Body == GoverningBody.WorkingGroup && Input.WorkingGroupId is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.WorkingGroupId)}", text["Governance.ChooseGroup"]);
        }

        if (Input.To is { } to && Input.From is { } from && to <= from)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.To)}", text["Governance.ToBeforeFrom"]);
        }

        var today = Today;
        var contact = await db.ContactPersons
            .Where(c => c.Id == Input.ContactPersonId && (c.EndedOn == null || c.EndedOn > today))
            .Select(c => new { c.Id, c.FirstName, c.LastName })
            .SingleOrDefaultAsync();
        if (Input.ContactPersonId is not null && contact is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.ContactPersonId)}", text["Governance.NoSuchContact"]);
        }

        if (Input.WorkingGroupId is { } groupId && Input.Body == GoverningBody.WorkingGroup
            && !await db.WorkingGroups.AnyAsync(g => g.Id == groupId && g.ClosedOn == null))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.WorkingGroupId)}", text["Governance.ChooseGroup"]);
        }

        if (!ModelState.IsValid || contact is null)
        {
            await LoadAsync();
            return Page();
        }

        db.Appointments.Add(new Appointment
        {
            Body = Input.Body,
            WorkingGroupId = Input.Body == GoverningBody.WorkingGroup ? Input.WorkingGroupId : null,
            ContactPersonId = contact.Id,
            Seat = Input.Seat,
            IsChair = Input.IsChair,
            From = Input.From!.Value,
            To = Input.To,
        });
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = text["Governance.Appointed", $"{contact.FirstName} {contact.LastName}"].Value;
        return RedirectToPage("./Index");
    }

    private DateOnly Today => swedishTime.Today;

    private async Task LoadAsync()
    {
        var today = Today;
        Contacts = await db.ContactPersons
            .Where(c => (c.EndedOn == null || c.EndedOn > today) && c.Member!.Status == MembershipStatus.Active)
            .OrderBy(c => c.Member!.Name).ThenBy(c => c.LastName)
            .Select(c => new ContactOption(c.Id, c.FirstName + " " + c.LastName, c.Role, c.Member!.Name))
            .ToListAsync();
        Groups = await db.WorkingGroups.Where(g => g.ClosedOn == null).OrderBy(g => g.Name)
            .Select(g => new GroupOption(g.Id, g.Name)).ToListAsync();
    }
}
