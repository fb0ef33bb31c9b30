using System.Security.Claims;
using Ecomuna.Core.Audit;
using Ecomuna.Core.Email;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Events;
using Ecomuna.Core.Invoicing;
using Ecomuna.Core.Privacy;
using Ecomuna.Web.Pages.Events;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Ecomuna.Web.Pages.Admin.Privacy;

/// <summary>
/// The secretariat's privacy work: the open erasure requests, oldest first, and a search by email address that shows
/// what the portal holds about anyone (with or without an account), to export it as JSON or to erase it.
/// </summary>
public sealed class IndexModel(
    EcomunaDbContext db, EmailOutbox outbox, EmailTemplates templates, EventRegistrations registrations, EventMail eventMail, InvoiceMail invoiceMail,
    AuditLog audit, TimeProvider clock, SwedishTime swedishTime, IStringLocalizer<PrivacyResource> text) : ListPageModel
{
    public const int PageSize = 20;

    /// <summary>The address searched for.</summary>
    [BindProperty(SupportsGet = true)]
    [Display(Name = "Field.Email")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(256, ErrorMessage = "Validation.MaxLength")]
    public string? Email { get; set; }

    [BindProperty]
    public bool Confirmed { get; set; }

    public Page<RequestRow> Requests { get; private set; } = Paging.Empty<RequestRow>();

    /// <summary>What was found for <see cref="Email"/>; null before a search.</summary>
    public PersonalDataFile? Found { get; private set; }

    public bool FoundAnything { get; private set; }

    public bool IsOwnAddress { get; private set; }

    /// <summary>The open request of the address searched for, if there is one.</summary>
    public RequestRow? OpenRequest { get; private set; }

    public sealed record RequestRow(int Id, string Email, DateTime RequestedAtUtc, bool HasAccount);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The open requests as CSV, all of them.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var rows = await OpenRequests().ToListAsync(ct);
        return CsvExport.File(
            "erasure-requests.csv",
            ["Id", "Email", "RequestedAtUtc", "HasAccount"],
            rows.Select(row => new[]
            {
                row.Id.ToString(CultureInfo.InvariantCulture), row.Email, row.RequestedAtUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                row.HasAccount ? "yes" : "no",
            }));
    }

    /// <summary>Everything held about the address searched for, as the JSON file the person could download.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid || string.IsNullOrWhiteSpace(Email))
        {
            return NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var who = await DataSubject.FindAsync(db, Email, ct: ct);
        var data = await PersonalDataExport.BuildAsync(db, who, now, ct);
        Response.Headers.CacheControl = "no-store";
        return File(PersonalDataJson.Serialize(data), PersonalDataJson.ContentType, PersonalDataJson.FileName(now));
    }

    /// <summary>
    /// Erases the person behind the address: first cancels their registrations for events still to come (giving the
    /// seat to the waiting list, with its mail and invoices), then erases the rest in one transaction that also queues
    /// the confirmation to the person and records the erasure on their request.
    /// </summary>
    public async Task<IActionResult> OnPostEraseAsync(CancellationToken ct)
    {
        if (!Confirmed)
        {
            ModelState.AddModelError(nameof(Confirmed), text["Admin.ConfirmRequired"]);
        }

        if (!ModelState.IsValid || string.IsNullOrWhiteSpace(Email))
        {
            await LoadAsync(ct);
            return Page();
        }

        var who = await DataSubject.FindAsync(db, Email, ct: ct);
        if (who.UserId is not null && who.UserId == User.FindFirstValue(ClaimTypes.NameIdentifier))
        {
            ModelState.AddModelError(nameof(Email), text["Admin.NotYourself"]);
            await LoadAsync(ct);
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var coming = await PersonalDataExport.Registrations(db, who)
            .Where(r => r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Waiting)
            .Join(db.Events, r => r.EventId, e => e.Id, (r, e) => new { r.Id, e.StartsAtUtc })
            .Where(x => x.StartsAtUtc > now)
            .Select(x => x.Id)
            .ToListAsync(ct);
        foreach (var id in coming)
        {
            await CancelModel.CancelAndMoveUpAsync(db, registrations, eventMail, invoiceMail, Url, Request, id);
            db.ChangeTracker.Clear();
        }

        var language = await LanguageOfAsync(who, ct);
        var name = who.Names.Count > 0 ? who.Names[0] : who.Email;
        var confirmation = who.Email.Length > 0 ? templates.ErasureDone(who.Email, name, language) : null;
        var address = who.Email;
        var request = await db.ErasureRequests
            .Where(r => r.Status == ErasureStatus.Open && (r.Email == address || (who.UserId != null && r.UserId == who.UserId)))
            .OrderBy(r => r.Id).FirstOrDefaultAsync(ct)
            ?? new ErasureRequest { Email = address, RequestedAtUtc = now };
        var doneBy = User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "admin";
        var today = swedishTime.Today;
        var outcome = await PersonalDataErasure.EraseAsync(db, outbox, who, confirmation, request, doneBy, now, today, ct);
        await audit.SaveAsync(AuditKind.PersonErased, $"Personal data erased on request {request.Id}: {outcome.Summary}", new AuditTarget("ErasureRequest", request.Id.ToString(CultureInfo.InvariantCulture)), ct: ct);

        TempData["StatusMessage"] = text["Admin.Erased", outcome.Summary].Value;
        return RedirectToPage("Index");
    }

    public static ListRoute RouteFor(int page) => new ListRoute().WithPage("pageNo", page);

    private async Task LoadAsync(CancellationToken ct)
    {
        var open = OpenRequests();
        Requests = await open.ToPageAsync(PageNo, PageSize, ct);
        PageNo = Requests.Number;

        if (!string.IsNullOrWhiteSpace(Email) && ModelState.GetFieldValidationState(nameof(Email)) != ModelValidationState.Invalid)
        {
            var who = await DataSubject.FindAsync(db, Email, ct: ct);
            var found = await PersonalDataExport.BuildAsync(db, who, clock.GetUtcNow().UtcDateTime, ct);
            Found = found;
            FoundAnything = found.Account is not null || found.ContactRecords.Count > 0 || found.EventRegistrations.Count > 0
                || found.SurveyResponses.Count > 0 || found.NewsletterSubscriptions.Count > 0 || found.NewsletterOptOutAtUtc is not null
                || found.GoodExamples.Count > 0 || found.IndicatorReports.Count > 0 || found.ChangeRequests.Count > 0
                || found.MailInOutbox.Count > 0 || found.AccessibilityReports.Count > 0 || found.MailRefusedPermanentlySinceUtc is not null;
            IsOwnAddress = who.UserId is not null && who.UserId == User.FindFirstValue(ClaimTypes.NameIdentifier);
            var address = who.Email;
            OpenRequest = await OpenRequests(address).FirstOrDefaultAsync(ct);
        }
    }

    private IQueryable<RequestRow> OpenRequests(string? address = null) =>
        db.ErasureRequests.AsNoTracking().Where(r => r.Status == ErasureStatus.Open && (address == null || r.Email == address))
            .OrderBy(r => r.RequestedAtUtc).ThenBy(r => r.Id)
            .Select(r => new RequestRow(r.Id, r.Email, r.RequestedAtUtc, r.UserId != null && db.Users.Any(u => u.Id == r.UserId)));

    /// <summary>The language the person last chose: their account's, their subscription's or their latest registration's.</summary>
    private async Task<string> LanguageOfAsync(DataSubject who, CancellationToken ct)
    {
        var address = who.Email;
        var language = who.UserId is null ? null : await db.Users.Where(u => u.Id == who.UserId).Select(u => u.PreferredLanguage).FirstOrDefaultAsync(ct);
        language ??= await db.NewsletterSubscribers.Where(s => s.Email == address).Select(s => s.Language).FirstOrDefaultAsync(ct);
        language ??= await PersonalDataExport.Registrations(db, who).OrderByDescending(r => r.Id).Select(r => r.Language).FirstOrDefaultAsync(ct);
        return language == "en" ? "en" : "sv";
    }
}
