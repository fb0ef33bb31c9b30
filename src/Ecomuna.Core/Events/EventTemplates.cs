using Ecomuna.Core.Email;

namespace Ecomuna.Core.Events;

/// <summary>The event mails built on the shared template: a cancelled event and the reminder some days ahead.</summary>
public static class EventTemplates
{
    /// <summary>Tells a registered person that an event is cancelled, in <paramref name="language"/> ("sv" or "en").</summary>
    public static EmailMessage EventCancelled(this EmailTemplates templates, string to, string displayName, string language, string title, DateTime startsAtUtc, string timeZone) =>
        EmailTemplates.InLanguage(language, () =>
        {
            var starts = EventTime.ToLocal(startsAtUtc, timeZone).ToString("f", CultureInfo.CurrentCulture);
            return templates.Build(to, "EventCancelled", displayName, link: null, title, starts);
        });

    /// <summary>Reminds a registered person of an event some days ahead, in <paramref name="language"/> ("sv" or "en").</summary>
    public static EmailMessage EventReminder(this EmailTemplates templates, string to, string displayName, string language, string title, DateTime startsAtUtc, string timeZone, string? place, string link) =>
        EmailTemplates.InLanguage(language, () =>
        {
            var starts = EventTime.ToLocal(startsAtUtc, timeZone).ToString("f", CultureInfo.CurrentCulture);
            var where = string.IsNullOrWhiteSpace(place) ? "" : templates.Text["EventReminder.Place", place].Value;
            return templates.Build(to, "EventReminder", displayName, link, title, starts, where);
        });
}
