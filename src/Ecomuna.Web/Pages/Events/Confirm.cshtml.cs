using Ecomuna.Core.Events;
using Ecomuna.Core.Invoicing;

namespace Ecomuna.Web.Pages.Events;

/// <summary>
/// The link in a guest's mail: confirming the address takes a seat (or a place on the waiting list), and the guest
/// gets the registration mail with the cancel link, and the invoice when the event has a fee. Following the link again
/// changes nothing.
/// </summary>
[AllowAnonymous]
public sealed class ConfirmModel(EcomunaDbContext db, EventRegistrations registrations, EventMail mail, InvoiceMail invoiceMail) : PageModel
{
    public RegistrationStatus? Status { get; private set; }
    public string? EventTitle { get; private set; }
    public int EventId { get; private set; }
    public string? Token { get; private set; }

    public async Task OnGetAsync(string? token)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (string.IsNullOrEmpty(token) || await registrations.ConfirmAsync(token) is not { } outcome)
        {
            return;
        }

        var registration = outcome.Registration;
        var calendarEvent = await db.Events.AsNoTracking().SingleAsync(e => e.Id == registration.EventId);
        (Status, EventTitle, EventId, Token) = (registration.Status, calendarEvent.Title, calendarEvent.Id, token);
        if (outcome.JustConfirmed)
        {
            var link = Url.Page("/Events/Cancel", null, new { token }, Request.Scheme)!;
            await mail.SendRegisteredAsync(registration, calendarEvent, link, CalendarModel.DetailsUrl(Request, calendarEvent.Id));
            await invoiceMail.SendEventFeesAsync([outcome.Invoice], Url, Request.Scheme);
            await db.SaveChangesAsync();
        }

        await transaction.CommitAsync();
    }
}
