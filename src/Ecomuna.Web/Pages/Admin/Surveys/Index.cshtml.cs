using Ecomuna.Core.Surveys;

namespace Ecomuna.Web.Pages.Admin.Surveys;

/// <summary>The secretariat's surveys, newest first, with how many have submitted; create, copy and send due reminders.</summary>
public sealed class IndexModel(EcomunaDbContext db, TimeProvider clock, SwedishTime swedishTime, IStringLocalizer<SurveysResource> text) : ListPageModel
{
    public const int PageSize = 25;

    public DateOnly Today { get; private set; }

    public Page<SurveyRow> Rows { get; private set; } = Paging.Empty<SurveyRow>();

    public sealed record SurveyRow(int Id, string Title, SurveyAudience Audience, DateOnly OpensOn, DateOnly ClosesOn, int? MembershipYear, int Submitted, int Drafts);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = swedishTime.Today;
        var surveys = db.Surveys.WhereContains(Search, s => s.TitleSv, s => s.TitleEn);
        var english = SupportedCultures.CurrentLanguage == "en";
        Rows = await surveys
            .OrderByDescending(s => s.OpensOn).ThenByDescending(s => s.Id)
            .Select(s => new SurveyRow(
                s.Id, english && s.TitleEn != "" ? s.TitleEn : s.TitleSv, s.Audience, s.OpensOn, s.ClosesOn, s.MembershipYear,
                db.SurveyResponses.Count(r => r.SurveyId == s.Id && r.SubmittedAtUtc != null),
                db.SurveyResponses.Count(r => r.SurveyId == s.Id && r.SubmittedAtUtc == null)))
            .ToPageAsync(PageNo, PageSize, ct);
        PageNo = Rows.Number;
    }

    /// <summary>Copies a survey a year ahead with its questions (and their keys), and opens the copy to check it.</summary>
    public async Task<IActionResult> OnPostCopyAsync(int id, CancellationToken ct)
    {
        var original = await db.Surveys.Include(s => s.Questions).AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (original is null)
        {
            return NotFound();
        }

        var copy = original.Copy(
            text["Copy.TitlePrefix", original.TitleSv].Value, text["Copy.TitlePrefix", original.TitleEn].Value, clock.GetUtcNow().UtcDateTime);
        if (copy.MembershipYear is { } year && await db.Surveys.AnyAsync(s => s.MembershipYear == year, ct))
        {
            copy.MembershipYear = null;
        }

        db.Surveys.Add(copy);
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["Copy.Done", original.Title(SupportedCultures.CurrentLanguage)].Value;
        return RedirectToPage("Edit", new { id = copy.Id });
    }

    /// <summary>Sends the reminders that are due now, as the daily run would.</summary>
    public async Task<IActionResult> OnPostRemindAsync([FromServices] SurveyReminders reminders, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reminders);
        var sent = await reminders.SendDueAsync(ct);
        TempData["StatusMessage"] = text["List.RemindersSent", sent].Value;
        return RedirectToPage();
    }

    public ListRoute RouteValues(int pageNo = 1) => new ListRoute().With("q", Search).WithPage("pageNo", pageNo);
}
