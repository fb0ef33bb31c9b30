using System.Text;
using System.Text.Encodings.Web;
using Ecomuna.Core.Email;
using Ecomuna.Core.Email.Outbox;
using Ecomuna.Core.Events;
using Ecomuna.Core.Localization;
using Microsoft.Extensions.Localization;

namespace Ecomuna.Core.Events;

/// <summary>
/// The mails about event registrations: the guest's confirmation link, the registration itself (with time, place, a
/// cancel link and, for a seat, the event's calendar file) and the news that someone on the waiting list now has a
/// seat. Each is written in the person's language (their account's, else the one they registered in) and put in the
/// outbox; the caller's SaveChanges commits it with the registration.
/// </summary>
public sealed class EventMail(EcomunaDbContext db, IStringLocalizer<EventsResource> text, EmailOutbox outbox, TimeProvider clock)
{
    /// <summary>To a guest: follow the link to confirm the address and take a seat.</summary>
    public async Task SendConfirmLinkAsync(EventRegistration registration, CalendarEvent calendarEvent, string confirmLink)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(calendarEvent);
        var message = EmailTemplates.InLanguage(await LanguageOfAsync(registration), () => Build(
            registration, text["Mail.ConfirmLink.Subject", calendarEvent.Title],
            [text["Mail.ConfirmLink.Body", calendarEvent.Title], .. Facts(calendarEvent, registration)],
            text["Mail.ConfirmLink.Action"], confirmLink));
        outbox.Enqueue(message);
    }

    /// <summary>To the person registered: a seat (with the calendar file) or a place on the waiting list, with the cancel link.</summary>
    public async Task SendRegisteredAsync(EventRegistration registration, CalendarEvent calendarEvent, string cancelLink, string detailsUrl)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(calendarEvent);
        var waiting = registration.Status == RegistrationStatus.Waiting;
        var message = EmailTemplates.InLanguage(await LanguageOfAsync(registration), () => Build(
            registration, text[waiting ? "Mail.Waiting.Subject" : "Mail.Registered.Subject", calendarEvent.Title],
            [text[waiting ? "Mail.Waiting.Body" : "Mail.Registered.Body", calendarEvent.Title], .. Facts(calendarEvent, registration)],
            text["Mail.Cancel.Action"], cancelLink));
        outbox.Enqueue(WithCalendarFile(message, registration, calendarEvent, detailsUrl));
    }

    /// <summary>To the person who moved up from the waiting list, with the calendar file.</summary>
    public async Task SendMovedUpAsync(EventRegistration registration, string cancelLink, string detailsUrl)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var calendarEvent = await db.Events.AsNoTracking().SingleAsync(e => e.Id == registration.EventId);
        var message = EmailTemplates.InLanguage(await LanguageOfAsync(registration), () => Build(
            registration, text["Mail.MovedUp.Subject", calendarEvent.Title],
            [text["Mail.MovedUp.Body", calendarEvent.Title], .. Facts(calendarEvent, registration)],
            text["Mail.Cancel.Action"], cancelLink));
        outbox.Enqueue(WithCalendarFile(message, registration, calendarEvent, detailsUrl));
    }

    /// <summary>"sv" or "en": the language of the person's account, else the one they registered in.</summary>
    public async Task<string> LanguageOfAsync(EventRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var account = registration.UserId is null ? null
            : await db.Users.Where(u => u.Id == registration.UserId).Select(u => u.PreferredLanguage).SingleOrDefaultAsync();
        return account ?? registration.Language ?? "sv";
    }

    /// <summary>A seat's mail carries the same .ics as the event's download gives a registered person, online link included.</summary>
    private EmailMessage WithCalendarFile(EmailMessage message, EventRegistration registration, CalendarEvent calendarEvent, string detailsUrl)
    {
        if (registration.Status != RegistrationStatus.Confirmed)
        {
            return message;
        }

        var ics = ICalendar.ForEvent(calendarEvent, detailsUrl, clock.GetUtcNow().UtcDateTime, includeOnlineLink: true);
        return message with { Attachments = [.. message.Attachments, new EmailAttachment($"event-{calendarEvent.Id}.ics", ICalendar.ContentType, Encoding.UTF8.GetBytes(ics))] };
    }

    private IEnumerable<string> Facts(CalendarEvent calendarEvent, EventRegistration registration)
    {
        yield return text["Mail.When", EventText.When(calendarEvent.StartsAtUtc, calendarEvent.EndsAtUtc, calendarEvent.TimeZone)];
        if (!string.IsNullOrEmpty(calendarEvent.Place))
        {
            yield return text["Mail.Where", calendarEvent.Place];
        }

        if (!string.IsNullOrEmpty(calendarEvent.OnlineLink))
        {
            yield return text["Mail.Online"];
        }

        yield return registration.Price > 0 ? text["Mail.Price", Money.Format(registration.Price)] : text["Mail.Free"];
    }

    private EmailMessage Build(EventRegistration registration, string subject, IReadOnlyList<string> paragraphs, string action, string link)
    {
        var greeting = text["Mail.Greeting", registration.FullName].Value;
        var footer = text["Mail.Footer"].Value;
        var html = HtmlEncoder.Default;
        var body = string.Concat(paragraphs.Select(p => $"<p>{html.Encode(p)}</p>\n"));
        var htmlBody = $"""
            <!DOCTYPE html>
            <html lang="{SupportedCultures.CurrentLanguage}"><head><meta charset="utf-8"><title>{html.Encode(subject)}</title></head>
            <body style="font-family:Arial,sans-serif;color:#1b1b1b;line-height:1.5">
            <p>{html.Encode(greeting)}</p>
            {body}<p><a href="{html.Encode(link)}" style="color:#0b5d1e">{html.Encode(action)}</a></p>
            <p style="color:#555">{html.Encode(footer)}</p>
            </body></html>
            """;
        var textBody = string.Create(CultureInfo.InvariantCulture, $"{greeting}\n\n{string.Join("\n\n", paragraphs)}\n\n{action}:\n{link}\n\n{footer}\n");
        return new EmailMessage(registration.Email, subject, htmlBody, textBody);
    }
}
