using Ecomuna.Core.Governance;

namespace Ecomuna.Web.Pages.Admin.Governance;

/// <summary>The board, the civil servants' forum and the working groups: who sits where, and whether the board follows its rule.</summary>
public sealed class IndexModel(EcomunaDbContext db, SwedishTime swedishTime, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<AppointmentView> Appointments { get; private set; } = [];
    public IReadOnlyList<GroupView> Groups { get; private set; } = [];
    public IReadOnlyList<BoardWarning> BoardWarnings { get; private set; } = [];

    [BindProperty]
    public NewGroupInput NewGroup { get; set; } = new();

    public sealed record AppointmentView(
        int Id, GoverningBody Body, int? WorkingGroupId, string Name, ContactRole Role, string Member, PartOfCountry? Part,
        bool MemberIsActive, bool ContactIsCurrent, Seat Seat, bool IsChair, DateOnly From, DateOnly? To);

    public sealed record GroupView(int Id, string Name, string? Purpose, DateOnly CreatedOn);

    public sealed class NewGroupInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.GroupName")]
        public string Name { get; set; } = "";

        [StringLength(1000, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.GroupPurpose")]
        public string? Purpose { get; set; }
    }

    public IEnumerable<AppointmentView> On(GoverningBody body, int? groupId = null) =>
        Appointments.Where(a => a.Body == body && a.WorkingGroupId == groupId);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateGroupAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        db.WorkingGroups.Add(new WorkingGroup { Name = NewGroup.Name.Trim(), Purpose = NewGroup.Purpose, CreatedOn = Today });
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = text["Governance.GroupCreated", NewGroup.Name].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCloseGroupAsync(int id)
    {
        var group = await db.WorkingGroups.FindAsync(id);
        if (group is null || !group.IsOpen)
        {
            return NotFound();
        }

        group.ClosedOn = Today;
        await db.Appointments.Where(a => a.WorkingGroupId == id && a.To == null).ForEachAsync(a => a.To = Today);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = text["Governance.GroupClosed", group.Name].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEndAsync(int id)
    {
        var appointment = await db.Appointments.FindAsync(id);
        if (appointment is null)
        {
            return NotFound();
        }

        appointment.To = Today;
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = text["Governance.Ended"].Value;
        return RedirectToPage();
    }

    private DateOnly Today => swedishTime.Today;

    private async Task LoadAsync()
    {
        var today = Today;
        Appointments = await db.Appointments
            .Where(a => a.From <= today && (a.To == null || a.To > today))
            .OrderBy(a => a.Body).ThenBy(a => a.ContactPerson!.Member!.PartOfCountry).ThenBy(a => a.Seat).ThenBy(a => a.ContactPerson!.LastName)
            .Select(a => new AppointmentView(
                a.Id, a.Body, a.WorkingGroupId,
                a.ContactPerson!.FirstName + " " + a.ContactPerson.LastName, a.ContactPerson.Role,
                a.ContactPerson.Member!.Name, a.ContactPerson.Member.PartOfCountry,
                a.ContactPerson.Member.Status == MembershipStatus.Active,
                a.ContactPerson.EndedOn == null || a.ContactPerson.EndedOn > today,
                a.Seat, a.IsChair, a.From, a.To))
            .ToListAsync();
        Groups = await db.WorkingGroups
            .Where(g => g.ClosedOn == null)
            .OrderBy(g => g.Name)
            .Select(g => new GroupView(g.Id, g.Name, g.Purpose, g.CreatedOn))
            .ToListAsync();
        BoardWarnings = BoardComposition.Check([.. On(GoverningBody.Board)
            .Select(a => new BoardSeat(a.Name, a.Seat, a.Part, a.Role, a.MemberIsActive, a.ContactIsCurrent))]);
    }
}
