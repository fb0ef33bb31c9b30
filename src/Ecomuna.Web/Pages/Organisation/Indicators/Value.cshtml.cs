using Ecomuna.Core.KeyIndicators;
using Ecomuna.Web.Pages.Indicators;

namespace Ecomuna.Web.Pages.Organisation.Indicators;

/// <summary>
/// One of the acting member's reported values with its history; while the year is open and the report submitted, the
/// member corrects it here with a reason. Another member's value does not exist here.
/// </summary>
public sealed class ValueModel(EcomunaDbContext db, UserManager<AppUser> users, IndicatorReporting reporting, IStringLocalizer<IndicatorsResource> text) : PageModel
{
    [BindProperty]
    public CorrectionInput Input { get; set; } = new();

    public ValueView View { get; private set; } = null!;

    public bool CanCorrect => View.ReportingYear?.IsOpen == true && View.Status == ReportStatus.Submitted;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var value = View.Value;
        Input = new CorrectionInput { Value = IndicatorNumber.ForInput(value.Value), Source = value.Source, Comment = value.Comment };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanCorrect)
        {
            ModelState.AddModelError("", text["Correct.NotOpen"]);
            return Page();
        }

        if (!await View.CorrectAsync(Input, reporting, ModelState, text, User.Identity!.Name!, ct))
        {
            return Page();
        }

        TempData["StatusMessage"] = text["Correct.Saved"].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var memberId = await db.ActingMemberIdAsync(users, User);
        View = (memberId is null ? null : await ValueView.LoadAsync(db, id, memberId, ct))!;
        return View is not null;
    }
}
