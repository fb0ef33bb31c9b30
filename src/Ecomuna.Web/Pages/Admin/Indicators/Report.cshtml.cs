using Ecomuna.Core.KeyIndicators;

namespace Ecomuna.Web.Pages.Admin.Indicators;

/// <summary>One member's report for one year as the secretariat sees it, with a way to each value's history and correction.</summary>
public sealed class ReportModel(EcomunaDbContext db) : PageModel
{
    public string MemberName { get; private set; } = "";

    public int Year { get; private set; }

    public ReportStatus Status { get; private set; }

    public IReadOnlyList<IndicatorValue> Values { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int memberId, int year, CancellationToken ct)
    {
        var name = await db.Members.Where(m => m.Id == memberId).Select(m => m.Name).SingleOrDefaultAsync(ct);
        if (name is null)
        {
            return NotFound();
        }

        MemberName = name;
        Year = year;
        Status = await db.IndicatorReports.Where(r => r.MemberId == memberId && r.Year == year).Select(r => (ReportStatus?)r.Status).SingleOrDefaultAsync(ct) ?? ReportStatus.NotStarted;
        var values = await db.IndicatorValues.AsNoTracking().Include(v => v.KeyIndicator).Include(v => v.Changes)
            .Where(v => v.MemberId == memberId && v.Year == year)
            .ToListAsync(ct);
        Values = [.. values.OrderBy(v => v.KeyIndicator.Code, IndicatorCodeOrder.Instance)];
        return Page();
    }
}
