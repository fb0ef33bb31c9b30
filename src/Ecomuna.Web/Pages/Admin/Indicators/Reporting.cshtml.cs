using CsvHelper;
using Ecomuna.Core.KeyIndicators;

namespace Ecomuna.Web.Pages.Admin.Indicators;

/// <summary>
/// The secretariat opens a year for reporting with a deadline, closes it, and follows who of the active members has
/// submitted, who has a draft and who has not started, filtered, paged and as CSV.
/// </summary>
public sealed class ReportingModel(EcomunaDbContext db, TimeProvider clock, SwedishTime swedishTime, IStringLocalizer<IndicatorsResource> text) : ListPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public ReportStatus? Status { get; set; }

    [BindProperty]
    public OpenInput Open { get; set; } = new();

    public sealed class OpenInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Range(1990, 2200, ErrorMessage = "Validation.Year")]
        [Display(Name = "Field.Reporting.Year")]
        public int? Year { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Reporting.Deadline")]
        public DateOnly? Deadline { get; set; }
    }

    public sealed record YearRow(ReportingYear Year, int Submitted, int Drafts);

    public sealed record MemberRow(int MemberId, string Name, ReportStatus Status, DateTime? SubmittedAtUtc, string? SubmittedBy);

    public IReadOnlyList<YearRow> Years { get; private set; } = [];

    public ReportingYear? Selected { get; private set; }

    public IReadOnlyDictionary<ReportStatus, int> Counts { get; private set; } = new Dictionary<ReportStatus, int>();

    public Page<MemberRow> Rows { get; private set; } = Paging.Empty<MemberRow>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Open = new OpenInput { Year = swedishTime.Year - 1, Deadline = new DateOnly(swedishTime.Year, 5, 31) };
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await LoadYearsAsync(ct);
        if (Selected is null)
        {
            return NotFound();
        }

        var rows = await Members().ToListAsync(ct);
        return CsvExport.File(
            $"indicator-reporting-{Selected.Year}.csv",
            [text["Csv.Member"].Value, text["Csv.Year"].Value, text["Csv.Status"].Value, text["Csv.SubmittedAt"].Value, text["Csv.SubmittedBy"].Value],
            rows,
            (csv, row) =>
            {
                csv.WriteField(row.Name);
                csv.WriteField(Selected.Year, "", CultureInfo.InvariantCulture);
                csv.WriteField(text[$"Status.{row.Status}"].Value);
                csv.WriteField(row.SubmittedAtUtc?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
                csv.WriteField(row.SubmittedBy);
            });
    }

    public async Task<IActionResult> OnPostOpenAsync(CancellationToken ct)
    {
        if (ModelState.IsValid && await db.ReportingYears.AnyAsync(y => y.Year == Open.Year, ct))
        {
            ModelState.AddModelError("Open.Year", text["Reporting.YearExists", Open.Year!]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        db.ReportingYears.Add(new ReportingYear { Year = Open.Year!.Value, Deadline = Open.Deadline!.Value, OpenedAtUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["Reporting.Opened", Open.Year].Value;
        return RedirectToPage(new { year = Open.Year });
    }

    public async Task<IActionResult> OnPostCloseAsync(int id, CancellationToken ct) => await SetOpenAsync(id, open: false, ct);

    public async Task<IActionResult> OnPostReopenAsync(int id, CancellationToken ct) => await SetOpenAsync(id, open: true, ct);

    public ListRoute RouteValues(int pageNo = 1, ReportStatus? status = null, bool keepStatus = true) => new ListRoute()
        .With("year", Selected?.Year).With("status", keepStatus ? Status : status).With("q", Search).WithPage("pageNo", pageNo);

    private async Task<IActionResult> SetOpenAsync(int id, bool open, CancellationToken ct)
    {
        var year = await db.ReportingYears.SingleOrDefaultAsync(y => y.Id == id, ct);
        if (year is null)
        {
            return NotFound();
        }

        year.ClosedAtUtc = open ? null : clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text[open ? "Reporting.Reopened" : "Reporting.Closed", year.Year].Value;
        return RedirectToPage(new { year = year.Year });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await LoadYearsAsync(ct);
        if (Selected is null)
        {
            return;
        }

        var year = Selected.Year;
        var active = db.Members.Where(m => m.Status == MembershipStatus.Active);
        var submitted = await active.CountAsync(m => db.IndicatorReports.Any(r => r.MemberId == m.Id && r.Year == year && r.Status == ReportStatus.Submitted), ct);
        var drafts = await active.CountAsync(m => db.IndicatorReports.Any(r => r.MemberId == m.Id && r.Year == year && r.Status == ReportStatus.Draft), ct);
        var all = await active.CountAsync(ct);
        Counts = new Dictionary<ReportStatus, int> { [ReportStatus.Submitted] = submitted, [ReportStatus.Draft] = drafts, [ReportStatus.NotStarted] = all - submitted - drafts };
        var members = Members();
        Rows = await members.ToPageAsync(PageNo, PageSize, ct);
        PageNo = Rows.Number;
    }

    private async Task LoadYearsAsync(CancellationToken ct)
    {
        var years = await db.ReportingYears.AsNoTracking().OrderByDescending(y => y.Year).ToListAsync(ct);
        var counts = await db.IndicatorReports.GroupBy(r => new { r.Year, r.Status }).Select(g => new { g.Key.Year, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        Years = [.. years.Select(y => new YearRow(
            y,
            counts.Where(c => c.Year == y.Year && c.Status == ReportStatus.Submitted).Sum(c => c.Count),
            counts.Where(c => c.Year == y.Year && c.Status == ReportStatus.Draft).Sum(c => c.Count)))];
        Selected = Year is { } asked ? years.FirstOrDefault(y => y.Year == asked) : years.FirstOrDefault(y => y.IsOpen) ?? years.FirstOrDefault();
    }

    /// <summary>The active members with their report's status for the selected year, by name, filtered.</summary>
    private IQueryable<MemberRow> Members()
    {
        var year = Selected!.Year;
        var rows = db.Members.Where(m => m.Status == MembershipStatus.Active)
            .Select(m => new
            {
                m.Id,
                m.Name,
                Status = db.IndicatorReports.Where(r => r.MemberId == m.Id && r.Year == year).Select(r => (ReportStatus?)r.Status).FirstOrDefault(),
                SubmittedAtUtc = db.IndicatorReports.Where(r => r.MemberId == m.Id && r.Year == year).Select(r => r.SubmittedAtUtc).FirstOrDefault(),
                SubmittedBy = db.IndicatorReports.Where(r => r.MemberId == m.Id && r.Year == year).Select(r => r.SubmittedBy).FirstOrDefault(),
            });
        if (Status is ReportStatus.NotStarted)
        {
            rows = rows.Where(r => r.Status == null);
        }
        else if (Status is { } status)
        {
            rows = rows.Where(r => r.Status == status);
        }

        return rows.WhereContains(Search, r => r.Name).OrderBy(r => r.Name).ThenBy(r => r.Id)
            .Select(r => new MemberRow(r.Id, r.Name, r.Status ?? ReportStatus.NotStarted, r.SubmittedAtUtc, r.SubmittedBy));
    }
}
