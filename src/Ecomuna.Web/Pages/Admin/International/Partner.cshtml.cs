using Ecomuna.Core.Site;

namespace Ecomuna.Web.Pages.Admin.International;

/// <summary>Adds or changes a partner network.</summary>
public sealed class PartnerModel(EcomunaDbContext db, IStringLocalizer<SiteResource> text) : PageModel
{
    [BindProperty]
    public PartnerInput Input { get; set; } = new();

    public int? Id { get; private set; }

    public sealed class PartnerInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Partner.Name")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(80, ErrorMessage = "Validation.MaxLength")]
        [RegularExpression(SitePage.SlugPattern, ErrorMessage = "Validation.Slug")]
        [Display(Name = "Field.Partner.Slug")]
        public string? Slug { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(100, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Partner.CountrySv")]
        public string? CountrySv { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(100, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Partner.CountryEn")]
        public string? CountryEn { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(20_000, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Partner.DescriptionSv")]
        public string? DescriptionSv { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(20_000, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Partner.DescriptionEn")]
        public string? DescriptionEn { get; set; }

        [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Partner.ContactName")]
        public string? ContactName { get; set; }

        [MaxLength(256, ErrorMessage = "Validation.MaxLength")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [Display(Name = "Field.Partner.ContactEmail")]
        public string? ContactEmail { get; set; }

        [MaxLength(500, ErrorMessage = "Validation.MaxLength")]
        [Url(ErrorMessage = "Validation.Url")]
        [Display(Name = "Field.Partner.Website")]
        public string? Website { get; set; }

        [Range(0, 10_000, ErrorMessage = "Validation.Range")]
        [Display(Name = "Field.Partner.Position")]
        public int Position { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (id is null)
        {
            Input.Position = (await db.PartnerNetworks.MaxAsync(p => (int?)p.Position, ct) ?? 0) + 10;
            return Page();
        }

        var partner = await db.PartnerNetworks.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (partner is null)
        {
            return NotFound();
        }

        Id = id;
        Input = new PartnerInput
        {
            Name = partner.Name, Slug = partner.Slug, CountrySv = partner.CountrySv, CountryEn = partner.CountryEn, DescriptionSv = partner.DescriptionSv,
            DescriptionEn = partner.DescriptionEn, ContactName = partner.ContactName, ContactEmail = partner.ContactEmail, Website = partner.Website,
            Position = partner.Position,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        var partner = id is null ? new PartnerNetwork() : await db.PartnerNetworks.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (partner is null)
        {
            return NotFound();
        }

        Id = id;
        if (Input.Slug is { } slug && await db.PartnerNetworks.AnyAsync(p => p.Slug == slug && p.Id != partner.Id, ct))
        {
            ModelState.AddModelError("Input.Slug", text["AdminPages.SlugTaken"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        (partner.Name, partner.Slug, partner.CountrySv, partner.CountryEn) = (Input.Name!.Trim(), Input.Slug!, Input.CountrySv!.Trim(), Input.CountryEn!.Trim());
        (partner.DescriptionSv, partner.DescriptionEn) = (Input.DescriptionSv!.Trim(), Input.DescriptionEn!.Trim());
        (partner.ContactName, partner.ContactEmail, partner.Website, partner.Position) = (Clean(Input.ContactName), Clean(Input.ContactEmail), Clean(Input.Website), Input.Position);
        if (id is null)
        {
            db.PartnerNetworks.Add(partner);
        }

        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["AdminInternational.PartnerSaved"].Value;
        return RedirectToPage("Index");
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
