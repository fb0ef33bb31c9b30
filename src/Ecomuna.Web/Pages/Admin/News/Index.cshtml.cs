using System.Globalization;
using Ecomuna.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ecomuna.Web.Pages.Admin.News;

/// <summary>All news posts, drafts and future ones included, newest publish date first.</summary>
public sealed class IndexModel(EcomunaDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "pageNo")]
    public int PageNumber { get; set; } = 1;

    public int Count { get; private set; }

    public int PageCount => Math.Max(1, (Count + PageSize - 1) / PageSize);

    public DateTime NowUtc { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public sealed record Row(int Id, string? TitleSv, string? TitleEn, bool IsPublished, DateTime PublishAtUtc, DateTime UpdatedAtUtc);

    public async Task OnGetAsync(CancellationToken ct)
    {
        NowUtc = clock.GetUtcNow().UtcDateTime;
        Count = await db.NewsPosts.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await db.NewsPosts.AsNoTracking()
            .OrderByDescending(p => p.PublishAtUtc).ThenByDescending(p => p.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(p => new Row(p.Id, p.TitleSv, p.TitleEn, p.IsPublished, p.PublishAtUtc, p.UpdatedAtUtc))
            .ToListAsync(ct);
    }

    public static Dictionary<string, string> RouteFor(int page) =>
        page > 1 ? new() { ["pageNo"] = page.ToString(CultureInfo.InvariantCulture) } : [];
}
