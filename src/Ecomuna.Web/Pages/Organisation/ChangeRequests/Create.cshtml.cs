using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ecomuna.Web.Pages.Organisation.ChangeRequests;

/// <summary>
/// A contact person asks the secretariat to change what only it may change: a year's population, a delegate, or the
/// membership itself (resignation). The request waits until the secretariat approves or declines it.
/// </summary>
public sealed class CreateModel(
    EcomunaDbContext db,
    UserManager<AppUser> users,
    TimeProvider clock, SwedishTime swedishTime,
    IStringLocalizer<SharedResource> shared,
    IStringLocalizer<OrganisationResource> text) : PageModel
{
    /// <summary>What the request is about, from the address; none shows the choice of kinds.</summary>
    [BindProperty(SupportsGet = true)]
    public ChangeRequestKind? Kind { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string MemberName { get; private set; } = "";

    /// <summary>The member's current politicians and civil servants: the only people a delegate request can be about.</summary>
    public IReadOnlyList<ContactChoice> Contacts { get; private set; } = [];

    public IEnumerable<SelectListItem> ContactItems => Contacts.Select(c => new SelectListItem(
        text[c.IsDelegate ? "ChangeRequest.ContactOption.Delegate" : "ChangeRequest.ContactOption", c.Name, shared[$"ContactRole.{c.Role}"]].Value,
        c.Id.ToString(CultureInfo.InvariantCulture)));

    public sealed record ContactChoice(int Id, string Name, ContactRole Role, bool IsDelegate);

    public sealed class InputModel
    {
        [Range(1900, 2200, ErrorMessage = "Validation.Year")]
        [Display(Name = "Field.Population.Year")]
        public int? Year { get; set; }

        [Range(1, int.MaxValue, ErrorMessage = "Validation.PopulationPositive")]
        [Display(Name = "Field.Population.Population")]
        public int? Population { get; set; }

        [Display(Name = "Field.Population.ReferenceDate")]
        public DateOnly? ReferenceDate { get; set; }

        [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Population.Source")]
        public string? Source { get; set; }

        [Display(Name = "Field.ChangeRequest.MakeDelegate")]
        public bool? MakeDelegate { get; set; }

        [Display(Name = "Field.ChangeRequest.Contact")]
        public int? ContactId { get; set; }

        [Display(Name = "Field.ChangeRequest.ResignationDate")]
        public DateOnly? ResignationDate { get; set; }

        [MaxLength(1000, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.ChangeRequest.Comment")]
        public string? Comment { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var member = await LoadAsync();
        if (member is null)
        {
            return Forbid();
        }

        // Populations are counted at the end of a year, so last year's is the one a member usually has to report.
        Input.Year = swedishTime.Year - 1;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var member = await LoadAsync();
        if (member is null)
        {
            return Forbid();
        }

        if (Kind is not { } kind)
        {
            return NotFound();
        }

        var today = clock.Today();
        var request = new MemberChangeRequest { MemberId = member.Id, Kind = kind, Comment = Blank(Input.Comment) };
        switch (kind)
        {
            case ChangeRequestKind.Population:
                Require(Input.Year, nameof(Input.Year), "Field.Population.Year");
                Require(Input.Population, nameof(Input.Population), "Field.Population.Population");
                if (Input.Year > today.Year)
                {
                    AddError(nameof(Input.Year), text["ChangeRequest.Error.FutureYear", today.Year]);
                }

                (request.PopulationYear, request.Population) = (Input.Year, Input.Population);
                (request.PopulationReferenceDate, request.PopulationSource) = (Input.ReferenceDate, Blank(Input.Source));
                break;

            case ChangeRequestKind.Delegate:
                Require(Input.MakeDelegate, nameof(Input.MakeDelegate), "Field.ChangeRequest.MakeDelegate");
                Require(Input.ContactId, nameof(Input.ContactId), "Field.ChangeRequest.Contact");
                var contact = Contacts.SingleOrDefault(c => c.Id == Input.ContactId);
                if (Input.ContactId is not null && contact is null)
                {
                    // Also what someone gets who posts the id of another member's contact.
                    AddError(nameof(Input.ContactId), text["ChangeRequest.Error.NotYourContact"]);
                }
                else if (contact is not null && Input.MakeDelegate == true && contact.IsDelegate)
                {
                    AddError(nameof(Input.ContactId), text["ChangeRequest.Error.AlreadyDelegate", contact.Name]);
                }
                else if (contact is not null && Input.MakeDelegate == false && !contact.IsDelegate)
                {
                    AddError(nameof(Input.ContactId), text["ChangeRequest.Error.NotDelegate", contact.Name]);
                }

                (request.ContactPersonId, request.MakeDelegate) = (contact?.Id, Input.MakeDelegate);
                break;

            case ChangeRequestKind.Resignation:
                Require(Input.ResignationDate, nameof(Input.ResignationDate), "Field.ChangeRequest.ResignationDate");
                if (Input.ResignationDate is { } until)
                {
                    if (until < today)
                    {
                        AddError(nameof(Input.ResignationDate), text["ChangeRequest.Error.DateInThePast"]);
                    }
                    else if (MemberChangeRequest.CheckResignation(member.Status, member.MemberSince, until) is { } problem)
                    {
                        AddError(nameof(Input.ResignationDate), text[$"ChangeRequest.Problem.{problem}", member.Name, member.MemberSince?.ToString("d", CultureInfo.CurrentCulture) ?? "", ""]);
                    }
                }

                if (await db.ChangeRequests.AnyAsync(r => r.MemberId == member.Id && r.Kind == ChangeRequestKind.Resignation && r.Status == ChangeRequestStatus.Pending))
                {
                    ModelState.AddModelError("", text["ChangeRequest.Error.ResignationPending"]);
                }

                request.ResignationDate = Input.ResignationDate;
                break;

            default:
                return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var userId = users.GetUserId(User);
        request.RequestedByUserId = userId;
        request.RequestedBy = await db.Users.Where(u => u.Id == userId).Select(u => u.Email!).SingleAsync();
        request.RequestedAt = clock.GetUtcNow();
        db.ChangeRequests.Add(request);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = text["ChangeRequest.Sent"].Value;
        return RedirectToPage("/Organisation/Index");
    }

    private sealed record MemberFacts(int Id, string Name, MembershipStatus Status, DateOnly? MemberSince);

    private async Task<MemberFacts?> LoadAsync()
    {
        var memberId = await db.ActingMemberIdAsync(users, User);
        var member = await db.Members
            .Where(m => m.Id == memberId)
            .Select(m => new MemberFacts(m.Id, m.Name, m.Status, m.MemberSince))
            .SingleOrDefaultAsync();
        if (member is null)
        {
            return null;
        }

        MemberName = member.Name;
        var today = clock.Today();
        Contacts = await db.ContactPersons
            .Where(c => c.MemberId == member.Id && (c.EndedOn == null || c.EndedOn > today)
                && (c.Role == ContactRole.Politician || c.Role == ContactRole.CivilServant))
            .OrderBy(c => c.Role).ThenBy(c => c.LastName).ThenBy(c => c.FirstName)
            .Select(c => new ContactChoice(c.Id, c.FirstName + " " + c.LastName, c.Role, c.IsDelegate))
            .ToListAsync();
        return member;
    }

    /// <summary>Each kind needs its own fields, so "required" is checked here rather than on the input model.</summary>
    private void Require(object? value, string field, string displayName)
    {
        // A value the binder could not read already has its own message ("'abc' is not valid").
        if (value is null && ModelState.GetFieldValidationState($"{nameof(Input)}.{field}") != ModelValidationState.Invalid)
        {
            AddError(field, shared["Validation.Required", shared[displayName]]);
        }
    }

    private void AddError(string field, string message) => ModelState.AddModelError($"{nameof(Input)}.{field}", message);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
