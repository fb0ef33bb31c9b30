using Ecomuna.Core.Audit;
using Ecomuna.Core.Background;
using Ecomuna.Core.Invoicing;

namespace Ecomuna.Web.Pages.Admin.Invoices;

/// <summary>The yearly invoice run: preview who is invoiced for how much and who cannot be, then issue them all at once.</summary>
public sealed class RunModel(EcomunaDbContext db, InvoiceRun run, BackgroundWork work, SwedishTime swedishTime, AuditLog audit, UserManager<AppUser> users) : PageModel
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
        Year = Year is >= 2000 and <= 2200 ? Year : swedishTime.Year;
        Preview = await run.PreviewAsync(Year.Value, ct);
        var (from, to) = (new DateOnly(Year.Value, 1, 1), new DateOnly(Year.Value, 12, 31));
        Unsent = await db.Invoices.CountAsync(i => i.IssueDate >= from && i.IssueDate <= to && !db.InvoiceSends.Any(s => s.InvoiceId == i.Id && s.Kind == InvoiceSendKind.Invoice), ct);
        var today = swedishTime.Today;
        OverdueUnreminded = await db.Invoices.CountAsync(
            i => i.Kind == InvoiceKind.Invoice && !i.IsCredited && i.PaidAmount + i.CreditedAmount < i.Total && i.DueDate < today
                && !db.InvoiceSends.Any(s => s.InvoiceId == i.Id && s.Kind == InvoiceSendKind.Reminder),
            ct);
    }

    public async Task<IActionResult> OnPostSendAsync()
    {
        if (Year is not (>= 2000 and <= 2200))
        {
            return RedirectToPage();
        }

        var year = Year.Value;
        var actor = await StartedAsync(AuditKind.InvoicesSent, $"Started emailing the unsent invoices of {year}", year);
        var link = Url.Page("/Organisation/Invoices/Index", null, null, Request.Scheme)!;
        var id = work.Start(User.Identity?.Name ?? "", Url.Page("Run", new { year })!, async (services, progress, ct) =>
        {
            var (sent, noRecipient) = await services.GetRequiredService<InvoiceMail>().SendUnsentAsync(year, link, progress, ct);
            await Finished(services, actor, AuditKind.InvoicesSent, $"Emailed {sent} invoices of {year}; {noRecipient} have nobody to send to", year);
            return services.GetRequiredService<IStringLocalizer<InvoicingResource>>()["Run.Sent", sent, noRecipient].Value;
        });
        return RedirectToPage("/Admin/Work/Index", new { id });
    }

    public async Task<IActionResult> OnPostRemindAsync()
    {
        var actor = await StartedAsync(AuditKind.InvoiceRemindersSent, "Started emailing reminders of overdue invoices", null);
        var link = Url.Page("/Organisation/Invoices/Index", null, null, Request.Scheme)!;
        var id = work.Start(User.Identity?.Name ?? "", Url.Page("Run", new { year = Year })!, async (services, progress, ct) =>
        {
            var (sent, noRecipient) = await services.GetRequiredService<InvoiceMail>().RemindOverdueAsync(link, progress, ct);
            await Finished(services, actor, AuditKind.InvoiceRemindersSent, $"Emailed {sent} reminders of overdue invoices; {noRecipient} have nobody to send to", null);
            return services.GetRequiredService<IStringLocalizer<InvoicingResource>>()["Run.Reminded", sent, noRecipient].Value;
        });
        return RedirectToPage("/Admin/Work/Index", new { id });
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Year is not (>= 2000 and <= 2200))
        {
            return RedirectToPage();
        }

        var year = Year.Value;
        var issuedBy = User.Identity?.Name ?? "";
        var actor = await StartedAsync(AuditKind.InvoicesIssued, $"Started the yearly invoice run for {year}", year);
        var id = work.Start(issuedBy, Url.Page("Index", new { year })!, async (services, progress, ct) =>
        {
            var issued = await services.GetRequiredService<InvoiceRun>().IssueAsync(year, issuedBy, progress, ct);
            await Finished(services, actor, AuditKind.InvoicesIssued, $"Issued {issued} invoices for {year}", year);
            return services.GetRequiredService<IStringLocalizer<InvoicingResource>>()["Run.Issued", issued, year].Value;
        });
        return RedirectToPage("/Admin/Work/Index", new { id });
    }

    private static AuditTarget RunTarget(int? year) => new("InvoiceRun", year?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Records the start of a run now, with the address it was asked from; returns who asked, for the record of its end.</summary>
    private async Task<AppUser?> StartedAsync(string kind, string summary, int? year)
    {
        await audit.SaveAsync(kind, summary, RunTarget(year));
        return await users.GetUserAsync(User);
    }

    /// <summary>Records how a run ended, in the background work's own scope.</summary>
    private static async Task Finished(IServiceProvider services, AppUser? actor, string kind, string summary, int? year) =>
        await services.GetRequiredService<AuditLog>().SaveAsync(kind, summary, RunTarget(year), actor: actor);
}
