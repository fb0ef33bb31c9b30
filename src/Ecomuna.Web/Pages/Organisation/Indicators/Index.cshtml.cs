using Ecomuna.Core.KeyIndicators;
using Ecomuna.Web.Pages.Indicators;

namespace Ecomuna.Web.Pages.Organisation.Indicators;

/// <summary>
/// A contact person reports the key indicators of the member they act for: one form per year while the year is open,
/// saved as a draft as often as needed and then submitted. Values outside an indicator's plausible range need a
/// second submit with a confirmation. After submitting, values are corrected one by one with a reason.
/// </summary>
public sealed class IndexModel(EcomunaDbContext db, UserManager<AppUser> users, IndicatorReporting reporting, IStringLocalizer<IndicatorsResource> text) : PageModel
{
    [BindProperty]
    public List<ValueInput> Entries { get; set; } = [];

    /// <summary>The reporter confirms that the values outside the plausible range are right.</summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    public string MemberName { get; private set; } = "";

    public int? Year { get; private set; }

    public ReportingYear? ReportingYear { get; private set; }

    public ReportStatus Status { get; private set; }

    public IReadOnlyList<KeyIndicator> Indicators { get; private set; } = [];

    /// <summary>Every reporting year, newest first, with this member's status.</summary>
    public IReadOnlyList<(ReportingYear Year, ReportStatus Status)> Years { get; private set; } = [];

    /// <summary>The saved values of the year, by indicator id.</summary>
    public IReadOnlyDictionary<int, IndicatorValue> Saved { get; private set; } = new Dictionary<int, IndicatorValue>();

    /// <summary>Indicators whose value is outside the plausible range and awaits confirmation.</summary>
    public IReadOnlyList<int> Implausible { get; private set; } = [];

    public bool CanEdit => ReportingYear?.IsOpen == true && Status != ReportStatus.Submitted;

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken ct)
    {
        if (!await LoadAsync(year, ct))
        {
            return Forbid();
        }

        Entries = [.. Indicators.Select(k => Saved.TryGetValue(k.Id, out var v)
            ? new ValueInput { KeyIndicatorId = k.Id, Value = IndicatorNumber.ForInput(v.Value), Comment = v.Comment, Source = v.Source }
            : new ValueInput { KeyIndicatorId = k.Id })];
        return Year is not null && ReportingYear is null ? NotFound() : Page();
    }

    /// <summary>Which button was pressed: "submit" submits, anything else saves the draft.</summary>
    [BindProperty]
    public string? Command { get; set; }

    public async Task<IActionResult> OnPostAsync(int? year, CancellationToken ct)
    {
        var submit = Command == "submit";
        if (!await LoadAsync(year, ct))
        {
            return Forbid();
        }

        if (ReportingYear is null)
        {
            return NotFound();
        }

        // Only the indicators of the year, in the form's order, whatever else was posted.
        var posted = Entries.Where(e => Indicators.Any(k => k.Id == e.KeyIndicatorId)).GroupBy(e => e.KeyIndicatorId).ToDictionary(g => g.Key, g => g.First());
        Entries = [.. Indicators.Select(k => posted.GetValueOrDefault(k.Id) ?? new ValueInput { KeyIndicatorId = k.Id })];
        ModelState.Clear();
        var entries = Entries.Select((e, i) => e.Validate($"Entries[{i}].", ModelState, text)).ToList();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var memberId = (await db.ActingMemberIdAsync(users, User))!.Value;
        var result = await reporting.SaveAsync(memberId, ReportingYear.Year, entries!, submit, Confirmed, User.Identity!.Name!, ct);
        switch (result.Outcome)
        {
            case SaveOutcome.NeedsConfirmation:
                Implausible = result.Implausible;
                Confirmed = false;
                ModelState.AddModelError(nameof(Confirmed), text["Report.ConfirmNeeded", result.Implausible.Count]);
                return Page();
            case SaveOutcome.Empty:
                ModelState.AddModelError("", text["Report.EmptySubmit"]);
                return Page();
            case SaveOutcome.NotOpen:
                ModelState.AddModelError("", text["Report.NotOpen"]);
                return Page();
            default:
                TempData["StatusMessage"] = text[result.Outcome == SaveOutcome.Submitted ? "Report.Submitted" : "Report.Saved", ReportingYear.Year].Value;
                return RedirectToPage(new { year = ReportingYear.Year });
        }
    }

    private async Task<bool> LoadAsync(int? year, CancellationToken ct)
    {
        var memberId = await db.ActingMemberIdAsync(users, User);
        var name = await db.Members.Where(m => m.Id == memberId).Select(m => m.Name).SingleOrDefaultAsync(ct);
        if (memberId is null || name is null)
        {
            return false;
        }

        MemberName = name;
        var years = await db.ReportingYears.AsNoTracking().OrderByDescending(y => y.Year).ToListAsync(ct);
        var statuses = await db.IndicatorReports.Where(r => r.MemberId == memberId).ToDictionaryAsync(r => r.Year, r => r.Status, ct);
        Years = [.. years.Select(y => (y, statuses.GetValueOrDefault(y.Year)))];
        ReportingYear = year is { } asked ? years.FirstOrDefault(y => y.Year == asked) : years.FirstOrDefault(y => y.IsOpen) ?? years.FirstOrDefault();
        Year = year ?? ReportingYear?.Year;
        if (ReportingYear is null)
        {
            return true;
        }

        Status = statuses.GetValueOrDefault(ReportingYear.Year);
        Indicators = [.. (await IndicatorReporting.ValidIn(db.KeyIndicators.AsNoTracking(), ReportingYear.Year).ToListAsync(ct)).OrderBy(k => k.Code, IndicatorCodeOrder.Instance)];
        Saved = await db.IndicatorValues.AsNoTracking().Include(v => v.Changes)
            .Where(v => v.MemberId == memberId && v.Year == ReportingYear.Year)
            .ToDictionaryAsync(v => v.KeyIndicatorId, ct);
        return true;
    }
}
