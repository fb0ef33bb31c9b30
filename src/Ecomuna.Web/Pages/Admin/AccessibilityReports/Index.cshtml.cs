using System.Security.Claims;

namespace Ecomuna.Web.Pages.Admin.AccessibilityReports;

/// <summary>The visitors' reports of accessibility problems, open ones first, newest first, a page at a time.</summary>
public sealed class IndexModel(EcomunaDbContext db, TimeProvider clock, IStringLocalizer<SiteResource> text) : ListPageModel
{
    public const int PageSize = 20;

    /// <summary>Only the reports not yet handled.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Open { get; set; }

    public Page<Row> Rows { get; private set; } = Paging.Empty<Row>();

    public sealed record Row(int Id, string Page, string Description, string? Name, string? Email, string Language, DateTime ReceivedAtUtc, DateTime? HandledAtUtc, string? HandledBy);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var reports = db.AccessibilityReports.AsNoTracking();
        if (Open)
        {
            reports = reports.Where(r => r.HandledAtUtc == null);
        }

        Rows = await reports.OrderBy(r => r.HandledAtUtc != null).ThenByDescending(r => r.Id)
            .Select(r => new Row(r.Id, r.Page, r.Description, r.Name, r.Email, r.Language, r.ReceivedAtUtc, r.HandledAtUtc, r.HandledBy))
            .ToPageAsync(PageNo, PageSize, ct);
        PageNo = Rows.Number;
    }

    public async Task<IActionResult> OnPostHandledAsync(int id, CancellationToken ct)
    {
        var report = await db.AccessibilityReports.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (report is null)
        {
            return NotFound();
        }

        if (report.HandledAtUtc is null)
        {
            report.HandledAtUtc = clock.GetUtcNow().UtcDateTime;
            report.HandledBy = User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name;
            await db.SaveChangesAsync(ct);
        }

        TempData["StatusMessage"] = text["AdminReports.MarkedHandled"].Value;
        return RedirectToPage("Index", RouteFor(PageNo));
    }

    public ListRoute RouteFor(int page, int? id = null) => new ListRoute().With("id", id).With("open", Open).WithPage("pageNo", page);
}
