namespace Ecomuna.Web.Pages.Admin.News;

/// <summary>All news posts, drafts and future ones included, newest publish date first.</summary>
public sealed class IndexModel(EcomunaDbContext db, TimeProvider clock) : ListPageModel
{
    public const int PageSize = 20;

    public DateTime NowUtc { get; private set; }

    public Page<Row> Rows { get; private set; } = Paging.Empty<Row>();

    public sealed record Row(int Id, string? TitleSv, string? TitleEn, bool IsPublished, DateTime PublishAtUtc, DateTime UpdatedAtUtc);

    public async Task OnGetAsync(CancellationToken ct)
    {
        NowUtc = clock.GetUtcNow().UtcDateTime;
        Rows = await db.NewsPosts.AsNoTracking()
            .OrderByDescending(p => p.PublishAtUtc).ThenByDescending(p => p.Id)
            .Select(p => new Row(p.Id, p.TitleSv, p.TitleEn, p.IsPublished, p.PublishAtUtc, p.UpdatedAtUtc))
            .ToPageAsync(PageNo, PageSize, ct);
        PageNo = Rows.Number;
    }

    public static ListRoute RouteFor(int page) => new ListRoute().WithPage("pageNo", page);
}
