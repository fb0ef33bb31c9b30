namespace Ecomuna.Web.Pages.Organisation;

/// <summary>A contact person keeps the organisation's addresses and invoice details current.</summary>
public sealed class EditModel(EcomunaDbContext db, UserManager<AppUser> users, IStringLocalizer<OrganisationResource> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string MemberName { get; private set; } = "";

    public sealed class InputModel
    {
        [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.ContactMember.StreetAddress")]
        public string? StreetAddress { get; set; }

        [MaxLength(20, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.ContactMember.PostalCode")]
        public string? PostalCode { get; set; }

        [MaxLength(100, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.ContactMember.City")]
        public string? City { get; set; }

        [MaxLength(500, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.ContactMember.InvoiceAddress")]
        public string? InvoiceAddress { get; set; }

        [MaxLength(100, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.ContactMember.InvoiceReference")]
        public string? InvoiceReference { get; set; }

        [MaxLength(300, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.ContactMember.Website")]
        public string? Website { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var memberId = await db.ActingMemberIdAsync(users, User);
        var member = await db.Members.Where(m => m.Id == memberId)
            .Select(m => new { m.Name, Input = new InputModel
            {
                StreetAddress = m.StreetAddress,
                PostalCode = m.PostalCode,
                City = m.City,
                InvoiceAddress = m.InvoiceAddress,
                InvoiceReference = m.InvoiceReference,
                Website = m.Website,
            } })
            .SingleOrDefaultAsync();
        if (member is null)
        {
            return Forbid();
        }

        (MemberName, Input) = (member.Name, member.Input);
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

        member.StreetAddress = Blank(Input.StreetAddress);
        member.PostalCode = Blank(Input.PostalCode);
        member.City = Blank(Input.City);
        member.InvoiceAddress = Blank(Input.InvoiceAddress);
        member.InvoiceReference = Blank(Input.InvoiceReference);
        member.Website = Blank(Input.Website);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = text["Organisation.Edit.Saved"].Value;
        return RedirectToPage("/Organisation/Index");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
