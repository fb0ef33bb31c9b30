using Ecomuna.Core.Site;
using Ecomuna.Web.Pages.Site;

namespace Ecomuna.Web.Pages;

/// <summary>The four sustainability principles: the editable page of that name, at the address it always had.</summary>
[AllowAnonymous]
public sealed class PrinciplesModel(EcomunaDbContext db) : PageModel
{
    public SitePageView SitePage { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await SitePageView.LoadAsync(db, SiteContent.Principles, SupportedCultures.CurrentLanguage, ct) is not { } content)
        {
            return NotFound();
        }

        SitePage = content;
        return Page();
    }
}
