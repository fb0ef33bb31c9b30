using Ecomuna.Core.Data;
using Ecomuna.Core.Invoicing;
using Ecomuna.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Ecomuna.Web.Pages.Admin.Invoices;

/// <summary>The yearly invoice run: preview who is invoiced for how much and who cannot be, then issue them all at once.</summary>
public sealed class RunModel(EcomunaDbContext db, InvoiceRun run, BackgroundWork work, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    public InvoiceRun.Preview Preview { get; private set; } = null!;

    /// <summary>Invoices and credit notes issued in the year that have not been emailed.</summary>
    public int Unsent { get; private set; }

    /// <summary>Overdue invoices that have had no reminder.</summary>
    public int OverdueUnreminded { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year = Year is >= 2000 and <= 2200 ? Year : clock.GetLocalNow().Year;
        Preview = await run.PreviewAsync(Year.Value, ct);
        var (from, to) = (new DateOnly(Year.Value, 1, 1), new DateOnly(Year.Value, 12, 31));
        Unsent = await db.Invoices.CountAsync(i => i.IssueDate >= from && i.IssueDate <= to && !db.InvoiceSends.Any(s => s.InvoiceId == i.Id && s.Kind == InvoiceSendKind.Invoice), ct);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        OverdueUnreminded = await db.Invoices.CountAsync(
            i => i.Kind == InvoiceKind.Invoice && !i.IsCredited && i.PaidAmount + i.CreditedAmount < i.Total && i.DueDate < today
                && !db.InvoiceSends.Any(s => s.InvoiceId == i.Id && s.Kind == InvoiceSendKind.Reminder),
            ct);
    }

    public IActionResult OnPostSend()
    {
        if (Year is not (>= 2000 and <= 2200))
        {
            return RedirectToPage();
        }

        var year = Year.Value;
        var link = Url.Page("/Organisation/Invoices/Index", null, null, Request.Scheme)!;
        var id = work.Start(User.Identity?.Name ?? "", Url.Page("Run", new { year })!, async (services, progress, ct) =>
        {
            var (sent, noRecipient) = await services.GetRequiredService<InvoiceMail>().SendUnsentAsync(year, link, progress, ct);
            return services.GetRequiredService<IStringLocalizer<InvoicingResource>>()["Run.Sent", sent, noRecipient].Value;
        });
        return RedirectToPage("/Admin/Work/Index", new { id });
    }

    public IActionResult OnPostRemind()
    {
        var link = Url.Page("/Organisation/Invoices/Index", null, null, Request.Scheme)!;
        var id = work.Start(User.Identity?.Name ?? "", Url.Page("Run", new { year = Year })!, async (services, progress, ct) =>
        {
            var (sent, noRecipient) = await services.GetRequiredService<InvoiceMail>().RemindOverdueAsync(link, progress, ct);
            return services.GetRequiredService<IStringLocalizer<InvoicingResource>>()["Run.Reminded", sent, noRecipient].Value;
        });
        return RedirectToPage("/Admin/Work/Index", new { id });
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
