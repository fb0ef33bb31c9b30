using System.Text;

namespace Ecomuna.Web.Pages.Admin.Import;

/// <summary>
/// Imports members from CSV in two steps: upload shows a preview of every change and every error by line; only a
/// file without errors can be applied, and then all of it is applied at once.
/// </summary>
public sealed class MembersModel(MemberImport import, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    [Display(Name = "Field.ImportFile")]
    public IFormFile? Upload { get; set; }

    /// <summary>The uploaded file, carried from the preview to the apply step.</summary>
    [BindProperty]
    public string? Csv { get; set; }

    public ImportPlan? Plan { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), text["Import.ChooseFile"]);
            return Page();
        }

        if (Upload.Length > MemberImport.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), text["Import.TooLarge", MemberImport.MaxBytes / 1024 / 1024]);
            return Page();
        }

        using var reader = new StreamReader(Upload.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true));
        try
        {
            Csv = await reader.ReadToEndAsync();
        }
        catch (DecoderFallbackException)
        {
            ModelState.AddModelError(nameof(Upload), text["Import.NotUtf8"]);
            return Page();
        }

        Plan = await import.PlanAsync(Csv);
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync()
    {
        if (string.IsNullOrEmpty(Csv))
        {
            return RedirectToPage();
        }

        Plan = await import.ApplyAsync(Csv);
        if (!Plan.CanApply)
        {
            return Page();
        }

        TempData["StatusMessage"] = text["Import.Applied", Plan.Changes.Count(c => c.IsNew), Plan.Changes.Count(c => !c.IsNew)].Value;
        return RedirectToPage();
    }

    public string Describe(ImportError error) => error.Line == 0
        ? text[$"Import.Error.{error.Code}"]
        : text["Import.OnLine", error.Line, text[$"Import.Error.{error.Code}", error.Column ?? "", error.Value ?? ""]];
}
