using Ecomuna.Core.Invoicing;
using Ecomuna.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Ecomuna.Web.Pages.Admin.Invoices;

/// <summary>The yearly invoice run: preview who is invoiced for how much and who cannot be, then issue them all at once.</summary>
public sealed class RunModel(InvoiceRun run, BackgroundWork work, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    public InvoiceRun.Preview Preview { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year = Year is >= 2000 and <= 2200 ? Year : clock.GetLocalNow().Year;
        Preview = await run.PreviewAsync(Year.Value, ct);
    }

    public IActionResult OnPost()
    {
        if (Year is not (>= 2000 and <= 2200))
        {
            return RedirectToPage();
        }

        var year = Year.Value;
        var issuedBy = User.Identity?.Name ?? "";
        var id = work.Start(issuedBy, Url.Page("Index", new { year })!, async (services, progress, ct) =>
        {
            var issued = await services.GetRequiredService<InvoiceRun>().IssueAsync(year, issuedBy, progress, ct);
            return services.GetRequiredService<IStringLocalizer<InvoicingResource>>()["Run.Issued", issued, year].Value;
        });
        return RedirectToPage("/Admin/Work/Index", new { id });
    }
}
