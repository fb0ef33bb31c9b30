using Ecomuna.Core.KeyIndicators;
using Ecomuna.Web.Pages.Indicators;

namespace Ecomuna.Web.Pages.Admin.Indicators;

/// <summary>The secretariat corrects any reported value, in any year, with a reason that is kept in the value's history.</summary>
public sealed class ValueModel(EcomunaDbContext db, IndicatorReporting reporting, IStringLocalizer<IndicatorsResource> text) : PageModel
{
    [BindProperty]
    public CorrectionInput Input { get; set; } = new();

    public ValueView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        View = (await ValueView.LoadAsync(db, id, null, ct))!;
        if (View is null)
        {
            return NotFound();
        }

        Input = new CorrectionInput { Value = IndicatorNumber.ForInput(View.Value.Value), Source = View.Value.Source, Comment = View.Value.Comment };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        View = (await ValueView.LoadAsync(db, id, null, ct))!;
        if (View is null)
        {
            return NotFound();
        }

        if (!await View.CorrectAsync(Input, reporting, ModelState, text, User.Identity!.Name!, ct))
        {
            return Page();
        }

        TempData["StatusMessage"] = text["Correct.Saved"].Value;
        return RedirectToPage(new { id });
    }
}
