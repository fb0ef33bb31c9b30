using Ecomuna.Core.Audit;
using Ecomuna.Core.KeyIndicators;
using Ecomuna.Web.Pages.Indicators;

namespace Ecomuna.Web.Pages.Admin.Indicators;

/// <summary>
/// Adds an indicator or revises one. An indicator that has values is never deleted: it is ended by giving it a last
/// valid year, and a revised definition becomes a new indicator from the next year, so that history keeps its meaning.
/// </summary>
public sealed class EditModel(EcomunaDbContext db, SwedishTime swedishTime, AuditLog audit, IStringLocalizer<IndicatorsResource> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int? Id { get; private set; }

    /// <summary>Values reported with the indicator, which stop it from being deleted.</summary>
    public int ValueCount { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(20, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Indicator.Code")]
        public string? Code { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Indicator.NameSv")]
        public string? NameSv { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Indicator.NameEn")]
        public string? NameEn { get; set; }

        [StringLength(1000, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Indicator.DefinitionSv")]
        public string? DefinitionSv { get; set; }

        [StringLength(1000, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Indicator.DefinitionEn")]
        public string? DefinitionEn { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(50, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Indicator.Unit")]
        public string? Unit { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.Indicator.Direction")]
        public IndicatorDirection? Direction { get; set; }

        [StringLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Indicator.DataSource")]
        public string? DataSource { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Range(1990, 2200, ErrorMessage = "Validation.Year")]
        [Display(Name = "Field.Indicator.ValidFrom")]
        public int? ValidFromYear { get; set; }

        [Range(1990, 2200, ErrorMessage = "Validation.Year")]
        [Display(Name = "Field.Indicator.ValidTo")]
        public int? ValidToYear { get; set; }

        [Display(Name = "Field.Indicator.PlausibleMin")]
        public string? PlausibleMin { get; set; }

        [Display(Name = "Field.Indicator.PlausibleMax")]
        public string? PlausibleMax { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (id is null)
        {
            Input = new InputModel { ValidFromYear = swedishTime.Year, Direction = IndicatorDirection.HigherIsBetter };
            return Page();
        }

        var indicator = await db.KeyIndicators.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, ct);
        if (indicator is null)
        {
            return NotFound();
        }

        Id = id;
        ValueCount = await db.IndicatorValues.CountAsync(v => v.KeyIndicatorId == id, ct);
        Input = new InputModel
        {
            Code = indicator.Code, NameSv = indicator.NameSv, NameEn = indicator.NameEn, DefinitionSv = indicator.DefinitionSv,
            DefinitionEn = indicator.Definition, Unit = indicator.Unit, Direction = indicator.Direction, DataSource = indicator.DataSource,
            ValidFromYear = indicator.ValidFromYear, ValidToYear = indicator.ValidToYear,
            PlausibleMin = indicator.PlausibleMin is { } min ? IndicatorNumber.ForInput(min) : null,
            PlausibleMax = indicator.PlausibleMax is { } max ? IndicatorNumber.ForInput(max) : null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        var indicator = id is null ? new KeyIndicator() : await db.KeyIndicators.SingleOrDefaultAsync(k => k.Id == id, ct);
        if (indicator is null)
        {
            return NotFound();
        }

        Id = id;
        ValueCount = id is null ? 0 : await db.IndicatorValues.CountAsync(v => v.KeyIndicatorId == id, ct);
        double? Number(string? typed, string key)
        {
            if (string.IsNullOrWhiteSpace(typed))
            {
                return null;
            }

            if (IndicatorNumber.TryParse(typed, out var number))
            {
                return number;
            }

            ModelState.AddModelError(key, text["Report.NotANumber", typed]);
            return null;
        }

        var min = Number(Input.PlausibleMin, "Input.PlausibleMin");
        var max = Number(Input.PlausibleMax, "Input.PlausibleMax");
        if (min is not null && max is not null && min > max)
        {
            ModelState.AddModelError("Input.PlausibleMax", text["Edit.MaxBelowMin"]);
        }

        if (Input.ValidToYear is { } to && Input.ValidFromYear is { } from && to < from)
        {
            ModelState.AddModelError("Input.ValidToYear", text["Edit.EndsBeforeStart"]);
        }

        var code = Input.Code?.Trim() ?? "";
        if (ModelState.IsValid && await db.KeyIndicators.AnyAsync(k => k.Id != indicator.Id && k.Code == code && k.ValidFromYear == Input.ValidFromYear, ct))
        {
            ModelState.AddModelError("Input.Code", text["Edit.CodeTaken", code, Input.ValidFromYear!]);
        }

        // Values already reported must stay within the indicator's years, or they would lose their meaning.
        if (ModelState.IsValid && ValueCount > 0
            && await db.IndicatorValues.AnyAsync(v => v.KeyIndicatorId == indicator.Id && (v.Year < Input.ValidFromYear || (Input.ValidToYear != null && v.Year > Input.ValidToYear)), ct))
        {
            ModelState.AddModelError("Input.ValidToYear", text["Edit.ValuesOutsideYears"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        indicator.Code = code;
        indicator.NameSv = Input.NameSv!.Trim();
        indicator.NameEn = Input.NameEn!.Trim();
        indicator.DefinitionSv = Blank(Input.DefinitionSv);
        indicator.Definition = Blank(Input.DefinitionEn);
        indicator.Unit = Input.Unit!.Trim();
        indicator.Direction = Input.Direction!.Value;
        indicator.DataSource = Blank(Input.DataSource);
        indicator.ValidFromYear = Input.ValidFromYear!.Value;
        indicator.ValidToYear = Input.ValidToYear;
        indicator.PlausibleMin = min;
        indicator.PlausibleMax = max;
        if (id is null)
        {
            db.KeyIndicators.Add(indicator);
        }

        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["Edit.Saved", indicator.Code].Value;
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var indicator = await db.KeyIndicators.SingleOrDefaultAsync(k => k.Id == id, ct);
        if (indicator is null)
        {
            return NotFound();
        }

        if (await db.IndicatorValues.AnyAsync(v => v.KeyIndicatorId == id, ct))
        {
            TempData["StatusMessage"] = text["Edit.CannotDelete"].Value;
            return RedirectToPage(new { id });
        }

        db.KeyIndicators.Remove(indicator);
        await audit.RecordAsync(
            AuditKind.Deleted, $"Deleted key indicator {indicator.Code} {indicator.NameSv}",
            new AuditTarget(nameof(KeyIndicator), id.ToString(CultureInfo.InvariantCulture)), ct: ct);
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["Edit.Deleted", indicator.Code].Value;
        return RedirectToPage("Index");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
