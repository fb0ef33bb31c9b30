using System.Text;
using Ecomuna.Core.KeyIndicators;

namespace Ecomuna.Web.Pages.Admin.Indicators;

/// <summary>
/// Imports reported values from CSV in two steps: upload shows what would change and every error by line; only a file
/// without errors can be applied, and then all of it is applied at once.
/// </summary>
public sealed class ImportModel(IndicatorImport import, IStringLocalizer<IndicatorsResource> text) : PageModel
{
    /// <summary>How many changes the preview lists; the summary counts them all.</summary>
    public const int PreviewRows = 200;

    [BindProperty]
    [Display(Name = "Field.ImportFile")]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Csv { get; set; }

    public IndicatorImportPlan? Plan { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), text["Import.ChooseFile"]);
            return Page();
        }

        if (Upload.Length > IndicatorImport.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), text["Import.TooLarge", IndicatorImport.MaxBytes / 1024 / 1024]);
            return Page();
        }

        using var reader = new StreamReader(Upload.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true));
        try
        {
            Csv = await reader.ReadToEndAsync(ct);
        }
        catch (DecoderFallbackException)
        {
            ModelState.AddModelError(nameof(Upload), text["Import.NotUtf8"]);
            return Page();
        }

        Plan = await import.PlanAsync(Csv, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken ct)
    {
        if (string.IsNullOrEmpty(Csv))
        {
            return RedirectToPage();
        }

        Plan = await import.ApplyAsync(Csv, User.Identity!.Name!, ct);
        if (!Plan.CanApply)
        {
            return Page();
        }

        TempData["StatusMessage"] = text["Import.Applied", Plan.Changes.Count(c => c.OldValue is null), Plan.Changes.Count(c => c.OldValue is not null)].Value;
        return RedirectToPage();
    }

    public string Describe(ImportError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var parts = (error.Value ?? "").Split('|');
        var message = text[$"Import.Error.{error.Code}", error.Column ?? "", parts[0], parts.Length > 1 ? parts[1] : ""];
        return error.Line == 0 ? message : text["Import.OnLine", error.Line, message];
    }
}
