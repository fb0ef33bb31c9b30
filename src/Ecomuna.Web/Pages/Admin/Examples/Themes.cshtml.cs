using Ecomuna.Core.Audit;
using Ecomuna.Core.Examples;

namespace Ecomuna.Web.Pages.Admin.Examples;

/// <summary>
/// The themes good examples are filed under, named in Swedish and English. A theme in use is retired rather than
/// deleted, so the examples keep it; an unused one can be deleted.
/// </summary>
public sealed class ThemesModel(EcomunaDbContext db, AuditLog audit, IStringLocalizer<ExamplesResource> text) : PageModel
{
    [BindProperty]
    public ThemeInput Input { get; set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>The theme being renamed, when the form is for that.</summary>
    public int? EditingId { get; private set; }

    public sealed record Row(int Id, string NameSv, string NameEn, bool IsActive, int Examples);

    public sealed class ThemeInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(100, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Theme.NameSv")]
        public string? NameSv { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(100, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Theme.NameEn")]
        public string? NameEn { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int? edit, CancellationToken ct)
    {
        if (edit is { } id)
        {
            var theme = await db.ExampleThemes.SingleOrDefaultAsync(t => t.Id == id, ct);
            if (theme is null)
            {
                return NotFound();
            }

            EditingId = id;
            Input = new ThemeInput { NameSv = theme.NameSv, NameEn = theme.NameEn };
        }

        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Adds a theme, or renames the one given.</summary>
    public async Task<IActionResult> OnPostAsync(int? edit, CancellationToken ct)
    {
        ExampleTheme? theme = null;
        if (edit is { } id)
        {
            theme = await db.ExampleThemes.SingleOrDefaultAsync(t => t.Id == id, ct);
            if (theme is null)
            {
                return NotFound();
            }

            EditingId = id;
        }

        var nameSv = Input.NameSv?.Trim() ?? "";
        var nameEn = Input.NameEn?.Trim() ?? "";
        if (await db.ExampleThemes.AnyAsync(t => t.Id != edit && t.NameSv == nameSv, ct))
        {
            ModelState.AddModelError("Input.NameSv", text["Themes.Taken", nameSv]);
        }

        if (await db.ExampleThemes.AnyAsync(t => t.Id != edit && t.NameEn == nameEn, ct))
        {
            ModelState.AddModelError("Input.NameEn", text["Themes.Taken", nameEn]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        if (theme is null)
        {
            theme = new ExampleTheme();
            db.ExampleThemes.Add(theme);
        }

        theme.NameSv = nameSv;
        theme.NameEn = nameEn;
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text[edit is null ? "Themes.Added" : "Themes.Saved", nameSv].Value;
        return RedirectToPage("Themes");
    }

    public async Task<IActionResult> OnPostToggleAsync(int id, CancellationToken ct)
    {
        var theme = await db.ExampleThemes.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (theme is null)
        {
            return NotFound();
        }

        theme.IsActive = !theme.IsActive;
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text[theme.IsActive ? "Themes.Activated" : "Themes.Retired", theme.NameSv].Value;
        return RedirectToPage("Themes");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var theme = await db.ExampleThemes.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (theme is null)
        {
            return NotFound();
        }

        if (await db.GoodExamples.AnyAsync(e => e.Themes.Any(t => t.ThemeId == id), ct))
        {
            TempData["WarningMessage"] = text["Themes.InUse", theme.NameSv].Value;
            return RedirectToPage("Themes");
        }

        db.ExampleThemes.Remove(theme);
        await audit.RecordAsync(
            AuditKind.Deleted, $"Deleted example theme {theme.NameSv}", new AuditTarget(nameof(ExampleTheme), id.ToString(CultureInfo.InvariantCulture)), ct: ct);
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["Themes.Deleted", theme.NameSv].Value;
        return RedirectToPage("Themes");
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Rows = await db.ExampleThemes.AsNoTracking().OrderBy(t => t.NameSv)
            .Select(t => new Row(t.Id, t.NameSv, t.NameEn, t.IsActive, db.GoodExamples.Count(e => e.Themes.Any(x => x.ThemeId == t.Id))))
            .ToListAsync(ct);
}
