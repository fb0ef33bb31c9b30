using Ecomuna.Core.Events;
using Ecomuna.Core.Invoicing;

namespace Ecomuna.Web.Pages.Events;

/// <summary>
/// The cancel link in every registration mail: shows the registration, what happens to its fee, and cancels it with a
/// button.
/// </summary>
[AllowAnonymous]
public sealed class CancelModel(
    EcomunaDbContext db, EventRegistrations registrations, EventMail mail, InvoiceMail invoiceMail, TimeProvider clock, IStringLocalizer<EventsResource> text) : PageModel
{
    public View? Registration { get; private set; }

    public string? Token { get; private set; }

    /// <summary>Cancelling now credits the fee (until the registration deadline); later it stays charged.</summary>
    public bool CreditsNow => Registration is { } view && clock.GetUtcNow().UtcDateTime <= view.CreditUntilUtc;

    public sealed record View(
        int Id, string Name, RegistrationStatus Status, string EventTitle, DateTime StartsAtUtc, DateTime EndsAtUtc, string TimeZone,
        decimal Price, DateTime CreditUntilUtc, long? InvoiceNumber);

    public async Task OnGetAsync(string? token)
    {
        Token = token;
        Registration = await FindAsync(token);
    }

    public async Task<IActionResult> OnPostAsync(string? token)
    {
        Token = token;
        Registration = await FindAsync(token);
        if (Registration is null)
        {
            return Page();
        }

        var outcome = await CancelAndMoveUpAsync(db, registrations, mail, invoiceMail, Url, Request, Registration.Id);
        TempData["StatusMessage"] = Done(text, Registration.Name, Registration.EventTitle, outcome);
        return RedirectToPage(new { token });
    }

    /// <summary>What the person is told once cancelled: with the credit note's number when the fee was credited.</summary>
    internal static string Done(IStringLocalizer<EventsResource> text, string name, string eventTitle, CancelOutcome? outcome) =>
        outcome?.CreditNote is { } note
            ? text["Cancel.DoneCredited", name, eventTitle, note.Number].Value
            : text["Cancel.Done", name, eventTitle].Value;

    /// <summary>
    /// Cancels; mails the credit note when the fee was credited, and tells whoever moved up from the waiting list that
    /// they now have a seat, with the invoice for it. The cancellation and its mails are committed together.
    /// </summary>
    internal static async Task<CancelOutcome?> CancelAndMoveUpAsync(
        EcomunaDbContext db, EventRegistrations registrations, EventMail mail, InvoiceMail invoiceMail, IUrlHelper url, HttpRequest request, int registrationId)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var outcome = await registrations.CancelAsync(registrationId);
        if (outcome?.MovedUp is { } movedUp)
        {
            var link = url.Page("/Events/Cancel", null, new { token = movedUp.AccessToken }, request.Scheme)!;
            await mail.SendMovedUpAsync(movedUp, link, CalendarModel.DetailsUrl(request, movedUp.EventId));
        }

        await invoiceMail.SendEventFeesAsync([outcome?.CreditNote, outcome?.MovedUpInvoice], url, request.Scheme);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return outcome;
    }

    private async Task<View?> FindAsync(string? token) =>
        string.IsNullOrEmpty(token) ? null : await db.EventRegistrations
            .Where(r => r.AccessToken == token)
            .Join(db.Events, r => r.EventId, e => e.Id, (r, e) => new View(
                r.Id, r.FirstName + " " + r.LastName, r.Status, e.Title, e.StartsAtUtc, e.EndsAtUtc, e.TimeZone,
                r.Price, e.RegistrationDeadlineUtc ?? e.StartsAtUtc, r.Invoice == null ? null : r.Invoice.Number))
            .SingleOrDefaultAsync();
}
