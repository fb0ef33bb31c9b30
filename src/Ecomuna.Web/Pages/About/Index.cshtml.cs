using Ecomuna.Core.Site;

namespace Ecomuna.Web.Pages.About;

/// <summary>The about pages, in the secretariat's order, and the way to the international network.</summary>
[AllowAnonymous]
public sealed class IndexModel(EcomunaDbContext db) : PageModel
{
    public IReadOnlyList<(string Slug, string Title)> Pages { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var english = SupportedCultures.CurrentLanguage == "en";
        var footer = SiteContent.FooterPages.ToList();
        var pages = await db.SitePages.AsNoTracking().Where(p => !footer.Contains(p.Slug))
            .OrderBy(p => p.Position).ThenBy(p => p.Id)
            .Select(p => new { p.Slug, Title = english ? p.TitleEn : p.TitleSv })
            .ToListAsync(ct);
        Pages = [.. pages.Select(p => (p.Slug, p.Title))];
    }
}
