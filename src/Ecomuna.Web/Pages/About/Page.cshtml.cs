using Ecomuna.Core.Invoicing;
using Ecomuna.Core.Site;
using Ecomuna.Web.Pages.Site;

namespace Ecomuna.Web.Pages.About;

/// <summary>One of the pages the secretariat writes: about Ecomuna, joining, fees, the principles, the legal texts.</summary>
[AllowAnonymous]
public sealed class AboutPageModel(EcomunaDbContext db, IOptions<AssociationOptions> association) : PageModel
{
    public SitePageView SitePage { get; private set; } = null!;

    public AssociationOptions Association => association.Value;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        // The privacy notice is its own page, kept in step with what the portal does with personal data.
        if (string.Equals(slug, SiteContent.Privacy, StringComparison.OrdinalIgnoreCase))
        {
            return RedirectToPagePermanent("/Privacy");
        }

        if (await SitePageView.LoadAsync(db, slug, SupportedCultures.CurrentLanguage, ct) is not { } content)
        {
            return NotFound();
        }

        SitePage = content;
        return Page();
    }
}
