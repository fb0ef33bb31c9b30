namespace Ecomuna.Web.Pages.Join;

/// <summary>A municipality or region applies for membership; the secretariat then approves or declines.</summary>
[AllowAnonymous]
public sealed class MembershipModel(EcomunaDbContext db, SwedishTime swedishTime, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.OrganisationName")]
        public string Name { get; set; } = "";

        [Display(Name = "Organisation.Kind")]
        public MemberKind Kind { get; set; } = MemberKind.Municipality;

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(100, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Organisation.County")]
        public string County { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Organisation.PartOfCountry")]
        public PartOfCountry? Part { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.OrganisationNumber")]
        public string OrganisationNumber { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.CouncilDecisionDate")]
        public DateOnly? CouncilDecisionDate { get; set; }

        public ProposedContact Politician { get; set; } = new();
        public ProposedContact CivilServant { get; set; } = new();
    }

    public sealed class ProposedContact
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(100, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.FirstName")]
        public string FirstName { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(100, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.LastName")]
        public string LastName { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [StringLength(256, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = "";

        [StringLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Title")]
        public string? Title { get; set; }

        [StringLength(100, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Party")]
        public string? Party { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var number = Core.Members.OrganisationNumber.Normalize(Input.OrganisationNumber);
        if (!string.IsNullOrWhiteSpace(Input.OrganisationNumber) && number is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.OrganisationNumber)}", text["Join.BadOrganisationNumber"]);
        }
        else if (number is not null && await db.Members.AnyAsync(m => m.OrganisationNumber == number && m.Status != MembershipStatus.Declined))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.OrganisationNumber)}", text["Join.AlreadyMemberOrApplied"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var today = swedishTime.Today;
        var member = new Member
        {
            Name = Input.Name.Trim(),
            Kind = Input.Kind,
            County = Input.County.Trim(),
            PartOfCountry = Input.Part,
            CountryCode = "SE",
            OrganisationNumber = number,
            CouncilDecisionDate = Input.CouncilDecisionDate,
            Status = MembershipStatus.Applicant,
        };
        member.Contacts.Add(Contact(Input.Politician, ContactRole.Politician, today));
        member.Contacts.Add(Contact(Input.CivilServant, ContactRole.CivilServant, today));
        db.Members.Add(member);
        await db.SaveChangesAsync();
        return RedirectToPage("./Thanks");
    }

    private static ContactPerson Contact(ProposedContact proposed, ContactRole role, DateOnly today) => new()
    {
        FirstName = proposed.FirstName.Trim(),
        LastName = proposed.LastName.Trim(),
        Email = proposed.Email.Trim(),
        Title = proposed.Title,
        Party = role == ContactRole.Politician ? proposed.Party : null,
        Role = role,
        StartedOn = today,
    };
}
