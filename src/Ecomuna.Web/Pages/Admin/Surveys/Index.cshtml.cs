using System.Globalization;
using Ecomuna.Core.Calendar;
using Ecomuna.Core.Data;
using Ecomuna.Core.Localization;
using Ecomuna.Core.Surveys;
using Ecomuna.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Ecomuna.Web.Pages.Admin.Surveys;

/// <summary>The secretariat's surveys, newest first, with how many have submitted; create, copy and send due reminders.</summary>
public sealed class IndexModel(EcomunaDbContext db, TimeProvider clock, SwedishTime swedishTime, IStringLocalizer<SurveysResource> text) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNo")]
    public int PageNo { get; set; } = 1;

    public int Count { get; private set; }

    public int PageCount => Math.Max(1, (Count + PageSize - 1) / PageSize);

    public DateOnly Today { get; private set; }

    public IReadOnlyList<SurveyRow> Rows { get; private set; } = [];

    public sealed record SurveyRow(int Id, string Title, SurveyAudience Audience, DateOnly OpensOn, DateOnly ClosesOn, int? MembershipYear, int Submitted, int Drafts);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = swedishTime.Today;
        var surveys = db.Surveys.AsQueryable();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            // As on the member list: SQLite's lower() folds only A-Z, so the capitalised term catches words starting with Å, Ä or Ö.
            var term = Search.Trim().ToLower(CultureInfo.InvariantCulture);
            var capitalised = string.Concat(term[..1].ToUpper(CultureInfo.InvariantCulture), term[1..]);
#pragma warning disable CA1304, CA1311, CA1862
            surveys = surveys.Where(s => s.TitleSv.ToLower().Contains(term) || s.TitleEn.ToLower().Contains(term)
                || s.TitleSv.Contains(capitalised) || s.TitleEn.Contains(capitalised));
#pragma warning restore CA1304, CA1311, CA1862
        }

        Count = await surveys.CountAsync(ct);
        PageNo = Math.Clamp(PageNo, 1, PageCount);
        var english = SupportedCultures.CurrentLanguage == "en";
        Rows = await surveys
            .OrderByDescending(s => s.OpensOn).ThenByDescending(s => s.Id)
            .Skip((PageNo - 1) * PageSize).Take(PageSize)
            .Select(s => new SurveyRow(
                s.Id, english && s.TitleEn != "" ? s.TitleEn : s.TitleSv, s.Audience, s.OpensOn, s.ClosesOn, s.MembershipYear,
                db.SurveyResponses.Count(r => r.SurveyId == s.Id && r.SubmittedAtUtc != null),
                db.SurveyResponses.Count(r => r.SurveyId == s.Id && r.SubmittedAtUtc == null)))
            .ToListAsync(ct);
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

    public Dictionary<string, string> RouteValues(int? pageNo = null)
    {
        var values = new Dictionary<string, string>();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            values["q"] = Search;
        }

        if (pageNo is > 1)
        {
            values["pageNo"] = pageNo.Value.ToString(CultureInfo.InvariantCulture);
        }

        return values;
    }
}
