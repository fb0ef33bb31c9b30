using System.Security.Claims;
using Ecomuna.Core.Site;

namespace Ecomuna.Web.Pages.Admin.SitePages;

/// <summary>Writes a page of the public site in both languages; every save becomes a version in its history.</summary>
public sealed class EditModel(EcomunaDbContext db, TimeProvider clock, IStringLocalizer<SiteResource> text) : PageModel
{
    [BindProperty]
    public PageInput Input { get; set; } = new();

    /// <summary>The page's address when it exists; null while creating one.</summary>
    public string? Slug { get; private set; }

    public sealed class PageInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(80, ErrorMessage = "Validation.MaxLength")]
        [RegularExpression(SitePage.SlugPattern, ErrorMessage = "Validation.Slug")]
        [Display(Name = "Field.Page.Slug")]
        public string? Slug { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Page.TitleSv")]
        public string? TitleSv { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(50_000, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Page.BodySv")]
        public string? BodySv { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Page.TitleEn")]
        public string? TitleEn { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(50_000, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Page.BodyEn")]
        public string? BodyEn { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken ct)
    {
        if (slug is null)
        {
            return Page();
        }

        var page = await db.SitePages.AsNoTracking().Where(p => p.Slug == slug)
            .Select(p => new PageInput { Slug = p.Slug, TitleSv = p.TitleSv, BodySv = p.BodySv, TitleEn = p.TitleEn, BodyEn = p.BodyEn })
            .SingleOrDefaultAsync(ct);
        if (page is null)
        {
            return NotFound();
        }

        (Input, Slug) = (page, slug);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? slug, CancellationToken ct)
    {
        SitePage? page = null;
        if (slug is not null)
        {
            page = await db.SitePages.SingleOrDefaultAsync(p => p.Slug == slug, ct);
            if (page is null)
            {
                return NotFound();
            }

            // The address of an existing page does not change: links to it would break.
            Input.Slug = slug;
            ModelState.Remove("Input.Slug");
            Slug = slug;
        }
        else if (Input.Slug is { } wanted && await db.SitePages.AnyAsync(p => p.Slug == wanted, ct))
        {
            ModelState.AddModelError("Input.Slug", text["AdminPages.SlugTaken"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (page is null)
        {
            var last = await db.SitePages.MaxAsync(p => (int?)p.Position, ct) ?? 0;
            page = new SitePage { Slug = Input.Slug!, Position = last + 10 };
            db.SitePages.Add(page);
        }

        page.Save(Input.TitleSv!, Input.TitleEn!, Input.BodySv!, Input.BodyEn!, clock.GetUtcNow().UtcDateTime,
            User.FindFirstValue(ClaimTypes.NameIdentifier), User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "");
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["AdminPages.Saved"].Value;
        return RedirectToPage("Edit", new { slug = page.Slug });
    }
}
