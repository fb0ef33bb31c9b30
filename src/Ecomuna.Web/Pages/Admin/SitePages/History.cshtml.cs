using System.Security.Claims;
using Ecomuna.Core.Site;

namespace Ecomuna.Web.Pages.Admin.SitePages;

/// <summary>
/// Every saved version of a page, newest first, with who saved it and when. Restoring an older version saves its
/// content again as the newest version, so the history only ever grows.
/// </summary>
public sealed class HistoryModel(EcomunaDbContext db, TimeProvider clock, IStringLocalizer<SiteResource> text) : PageModel
{
    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";
    public IReadOnlyList<SitePageVersion> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var page = await db.SitePages.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, ct);
        if (page is null)
        {
            return NotFound();
        }

        (Slug, Title) = (page.Slug, page.TitleSv);
        Versions = await db.SitePageVersions.AsNoTracking().Where(v => v.PageId == page.Id).OrderByDescending(v => v.Id).ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(string slug, int versionId, CancellationToken ct)
    {
        var page = await db.SitePages.SingleOrDefaultAsync(p => p.Slug == slug, ct);
        var version = page is null ? null : await db.SitePageVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == versionId && v.PageId == page.Id, ct);
        if (page is null || version is null)
        {
            return NotFound();
        }

        page.Restore(version, clock.GetUtcNow().UtcDateTime, User.FindFirstValue(ClaimTypes.NameIdentifier),
            User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "");
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["AdminPages.Restored", SiteDatesText(version.SavedAtUtc)].Value;
        return RedirectToPage("History", new { slug });
    }

    private static string SiteDatesText(DateTime utc) =>
        SwedishTime.ToSwedish(utc).ToString("g", System.Globalization.CultureInfo.CurrentCulture);
}
