using Ecomuna.Core.Email;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Events;
using Ecomuna.Core.Invoicing;

namespace Ecomuna.Web.Pages.Admin.Events;

/// <summary>
/// Cancels an event after a confirmation step, credits every fee charged for it, and tells everyone still registered
/// (confirmed, waiting or not yet confirmed) by email: in the language of their account, else the one they registered
/// in, else the one the admin uses.
/// </summary>
public sealed class CancelModel(
    EcomunaDbContext db, TimeProvider clock, EmailTemplates templates, EmailOutbox outbox, EventRegistrations registrations, InvoiceMail invoiceMail,
    IStringLocalizer<EventAdminResource> text) : PageModel
{
    private static readonly RegistrationStatus[] ToTell = [RegistrationStatus.Confirmed, RegistrationStatus.Waiting, RegistrationStatus.Unconfirmed];

    public string Title { get; private set; } = "";
    public string When { get; private set; } = "";
    public DateTime? CancelledAtUtc { get; private set; }
    public string TimeZone { get; private set; } = EventTime.DefaultTimeZone;
    public int PeopleToTell { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var calendarEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (calendarEvent is null)
        {
            return NotFound();
        }

        Title = calendarEvent.Title;
        When = EventDisplay.When(calendarEvent.StartsAtUtc, calendarEvent.EndsAtUtc, calendarEvent.TimeZone);
        CancelledAtUtc = calendarEvent.CancelledAtUtc;
        TimeZone = calendarEvent.TimeZone;
        PeopleToTell = await db.EventRegistrations.CountAsync(r => r.EventId == id && ToTell.Contains(r.Status), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var calendarEvent = await db.Events.SingleOrDefaultAsync(e => e.Id == id, ct);
        if (calendarEvent is null)
        {
            return NotFound();
        }

        if (!calendarEvent.Cancel(clock.GetUtcNow().UtcDateTime))
        {
            TempData["StatusMessage"] = text["Cancel.AlreadyCancelled", calendarEvent.Title].Value;
            return RedirectToPage("Index");
        }

        // The cancellation, its credit notes and every mail about them are committed together.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        var creditNotes = await registrations.CreditCancelledEventAsync(id, ct);
        await invoiceMail.SendEventFeesAsync(creditNotes, Url, Request.Scheme);

        var people = await db.EventRegistrations
            .Where(r => r.EventId == id && ToTell.Contains(r.Status))
            .OrderBy(r => r.Id)
            .Select(r => new
            {
                r.Email,
                Name = r.FirstName + " " + r.LastName,
                Language = db.Users.Where(u => u.Id == r.UserId).Select(u => u.PreferredLanguage).FirstOrDefault() ?? r.Language,
            })
            .ToListAsync(ct);

        // Each address once, even when someone registered twice.
        var adminLanguage = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "sv";
        var recipients = people.DistinctBy(p => p.Email.Trim().ToUpperInvariant()).ToList();
        foreach (var person in recipients)
        {
            var message = templates.EventCancelled(
                person.Email, person.Name, person.Language ?? adminLanguage, calendarEvent.Title, calendarEvent.StartsAtUtc, calendarEvent.TimeZone);
            outbox.Enqueue(message);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        TempData["StatusMessage"] = text["Cancel.Done", calendarEvent.Title, recipients.Count].Value;
        return RedirectToPage("Index");
    }
}
