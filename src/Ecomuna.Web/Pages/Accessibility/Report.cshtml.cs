using Ecomuna.Core.Site;

namespace Ecomuna.Web.Pages.Accessibility;

/// <summary>
/// Anyone may tell the secretariat about a part of the site they could not use, as the accessibility law asks of a
/// public body's site. The report is kept for the secretariat's list and mailed to the secretariat's address.
/// </summary>
[AllowAnonymous]
public sealed class ReportModel(EcomunaDbContext db, TimeProvider clock, AccessibilityReportMail mail, IStringLocalizer<SiteResource> text) : PageModel
{
    [BindProperty]
    public ReportInput Input { get; set; } = new();

    public sealed class ReportInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(500, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Report.Page")]
        public string? Page { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [MaxLength(4000, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Report.Description")]
        public string? Description { get; set; }

        [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Report.Name")]
        public string? Name { get; set; }

        [MaxLength(256, ErrorMessage = "Validation.MaxLength")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [Display(Name = "Field.Report.Email")]
        public string? Email { get; set; }
    }

    /// <summary>The page the visitor came from, to fill in for them.</summary>
    public void OnGet(string? from) => Input.Page = from is { Length: <= 500 } ? from : null;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var report = new AccessibilityReport
        {
            Page = Input.Page!.Trim(), Description = Input.Description!.Trim(), Name = Clean(Input.Name), Email = Clean(Input.Email),
            Language = SupportedCultures.CurrentLanguage, ReceivedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.AccessibilityReports.Add(report);
        mail.Queue(report, Url.Page("/Admin/AccessibilityReports/Index", null, null, Request.Scheme)!);
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text[report.Email is null ? "Report.ThanksAnonymous" : "Report.Thanks"].Value;
        return RedirectToPage("Report");
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
