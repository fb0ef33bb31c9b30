namespace Ecomuna.Web.Pages.Admin.SitePages;

/// <summary>The editable pages of the public site, with when each was last changed and by whom.</summary>
public sealed class IndexModel(EcomunaDbContext db) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public sealed record Row(string Slug, string TitleSv, string TitleEn, DateTime UpdatedAtUtc, string? ByName, int Versions);

    public async Task OnGetAsync(CancellationToken ct) =>
        // The privacy notice is a page of its own (/Privacy); the old site page of that name is no longer shown.
        Rows = await db.SitePages.AsNoTracking().Where(p => p.Slug != Core.Site.SiteContent.Privacy).OrderBy(p => p.Position).ThenBy(p => p.Id)
            .Select(p => new Row(p.Slug, p.TitleSv, p.TitleEn, p.UpdatedAtUtc,
                p.Versions.OrderByDescending(v => v.Id).Select(v => v.ByName).FirstOrDefault(), p.Versions.Count))
            .ToListAsync(ct);
}
